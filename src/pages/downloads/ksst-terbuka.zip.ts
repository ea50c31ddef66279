// Every live download in one zip, with its README (licence, citation, what each file is) and SHA256SUMS.
import type { APIRoute } from "astro";
import { collectBytes } from "../../lib/downloads/collectBytes.ts";
import { readSchemaFiles } from "../../node/schemaFiles.ts";
import { iatiOnBuildThread } from "../../site/buildThread.ts";
import { downloadBundle } from "../../site/downloadBundle.ts";
import { getSiteData } from "../../site/getSiteData.ts";

// Packed when served, reading the dataset files one at a time (Astro writes a response whole). The
// IATI file is the one /downloads/iati-activities.xml serves, made once per build.
export const GET: APIRoute = async ({ site }) => {
  const data = await getSiteData();
  const iati = await iatiOnBuildThread(data, site);
  return new Response(
    (await collectBytes(
      downloadBundle(data, await readSchemaFiles(), site, iati.bytes),
    )) as Uint8Array<ArrayBuffer>,
    { headers: { "Content-Type": "application/zip" } },
  );
};
