// Every live download in one zip, with its README (licence, citation, what each file is) and SHA256SUMS.
import type { APIRoute } from "astro";
import { collectBytes } from "../../lib/downloads/collectBytes.ts";
import { readSchemaFiles } from "../../node/schemaFiles.ts";
import { downloadBundle } from "../../site/downloadBundle.ts";
import { getSiteData } from "../../site/getSiteData.ts";

// Packed when served, reading the dataset files one at a time (Astro writes a response whole).
export const GET: APIRoute = async ({ site }) =>
  new Response(
    (await collectBytes(
      downloadBundle(await getSiteData(), await readSchemaFiles(), site),
    )) as Uint8Array<ArrayBuffer>,
    { headers: { "Content-Type": "application/zip" } },
  );
