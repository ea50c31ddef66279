import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";

/** The schemas folder the live data is validated with (relative to the repository root). */
export const schemaDir = resolve(process.cwd(), "schemas");

/** Lists the JSON files of the schemas folder (codelists included) by their path inside it, `/`-separated. */
export async function schemaFileNames(dir: string = schemaDir): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".json"))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/** Reads every JSON file of the schemas folder, byte for byte, by its path inside the folder. */
export async function readSchemaFiles(
  dir: string = schemaDir,
): Promise<{ path: string; bytes: Uint8Array }[]> {
  const names = await schemaFileNames(dir);
  return Promise.all(
    names.map(async (path) => ({ path, bytes: new Uint8Array(await readFile(resolve(dir, path))) })),
  );
}
