// Every live download in one zip, with its README (licence, citation, what each file is) and SHA256SUMS.
import type { APIRoute } from "astro";
import { readSchemaFiles } from "../../node/schemaFiles.ts";
import { getSiteData } from "../../site/data.ts";
import { downloadBundle } from "../../site/downloadBundle.ts";

export const GET: APIRoute = async ({ site }) =>
  new Response(
    downloadBundle(await getSiteData(), await readSchemaFiles(), site) as Uint8Array<ArrayBuffer>,
    {
      headers: { "Content-Type": "application/zip" },
    },
  );
