import type { APIRoute } from "astro";
import { dataPackageFile } from "../../site/dataPackageFile.ts";
import { downloadResponse } from "../../site/downloadResponse.ts";
import { getSiteData } from "../../site/getSiteData.ts";

/** Serves the Frictionless Data Package descriptor of every download. */
export const GET: APIRoute = async ({ site }) => downloadResponse(dataPackageFile(await getSiteData(), site));
