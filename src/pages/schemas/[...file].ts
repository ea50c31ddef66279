// The JSON Schemas the live data was validated with, byte for byte at stable URLs: /schemas/<file>
// (codelists under /schemas/codelists/). `$ref`s between them resolve relative to these URLs.
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";

const schemaDir = resolve(process.cwd(), "schemas");

export const getStaticPaths = (async () => {
  const entries = await readdir(schemaDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".json"))
    .map((entry) => ({
      params: {
        file: join(entry.parentPath, entry.name)
          .slice(schemaDir.length + 1)
          .split("\\")
          .join("/"),
      },
    }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await readFile(resolve(schemaDir, String(params.file)))), {
    headers: { "Content-Type": "application/schema+json" },
  });
