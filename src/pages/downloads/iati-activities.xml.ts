import type { APIRoute } from "astro";
import { iatiOnBuildThread } from "../../site/buildThread.ts";
import { downloadResponse } from "../../site/downloadResponse.ts";
import { getSiteData } from "../../site/getSiteData.ts";

/** Serves every activity as IATI 2.03 activity XML (see docs/standards.md). */
export const GET: APIRoute = async ({ site }) =>
  downloadResponse(await iatiOnBuildThread(await getSiteData(), site));
