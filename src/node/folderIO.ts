import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { FolderIO } from "../lib/io.ts";

/** Reads files from a folder on disk (the adapter the CLI and the site pass into the core). */
export function folderIO(root: string): FolderIO {
  const base = resolve(root);
  return { readFile: async (relPath) => new Uint8Array(await readFile(resolve(base, relPath))) };
}
