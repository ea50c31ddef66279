import type { APIRoute } from "astro";
import { downloadResponse } from "../../site/downloadResponse.ts";
import { getSiteData } from "../../site/getSiteData.ts";
import { iatiFile } from "../../site/iatiFile.ts";

/** Serves every activity as IATI 2.03 activity XML (see docs/standards.md). */
export const GET: APIRoute = async ({ site }) => downloadResponse(iatiFile(await getSiteData(), site));
