// The JSON Schemas the live data was validated with, byte for byte at stable URLs: /schemas/<file>
// (codelists under /schemas/codelists/). `$ref`s between them resolve relative to these URLs.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import { schemaDir, schemaFileNames } from "../../node/schemaFiles.ts";

export const getStaticPaths = (async () =>
  (await schemaFileNames()).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await readFile(resolve(schemaDir, String(params.file)))), {
    headers: { "Content-Type": "application/schema+json" },
  });
