import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { ChunkedFolderIO } from "../lib/validate/chunkedIO.ts";

// 1 MiB chunks: large enough for speed, small enough that memory stays flat.
const chunkSize = 1 << 20;

/** Reads files from a folder on disk, whole or in chunks (the adapter the CLI and the site pass into the core). */
export function folderIO(root: string): ChunkedFolderIO {
  const base = resolve(root);
  return {
    readFile: async (relPath) => new Uint8Array(await readFile(resolve(base, relPath))),
    async *readChunks(relPath) {
      for await (const chunk of createReadStream(resolve(base, relPath), { highWaterMark: chunkSize })) {
        yield chunk as Uint8Array;
      }
    },
  };
}
