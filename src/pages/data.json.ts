import type { APIRoute } from "astro";
import { downloadResponse } from "../site/downloadResponse.ts";
import { currentCatalog, dcatUsFile } from "../site/metadataFiles.ts";

/** Serves the catalog as a DCAT-US 1.1 `data.json` at the site's root, where harvesters look (see docs/standards.md). */
export const GET: APIRoute = async ({ site }) => downloadResponse(dcatUsFile(await currentCatalog(site)));
