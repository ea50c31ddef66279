import type { APIRoute } from "astro";
import { downloadResponse } from "../../site/downloadResponse.ts";
import { getSiteData } from "../../site/getSiteData.ts";
import { qualityFile } from "../../site/qualityFile.ts";

/** The data quality report of every dataset, as published with this build (see docs/validation.md). */
export const GET: APIRoute = async () => downloadResponse(qualityFile(await getSiteData()));
