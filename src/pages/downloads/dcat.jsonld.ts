import type { APIRoute } from "astro";
import { downloadResponse } from "../../site/downloadResponse.ts";
import { currentCatalog, dcatApFile } from "../../site/metadataFiles.ts";

/** Serves the catalog as DCAT-AP 3.0 JSON-LD (see docs/standards.md). */
export const GET: APIRoute = async ({ site }) => downloadResponse(dcatApFile(await currentCatalog(site)));
