import { createReadStream } from "node:fs";
import { readFile, realpath, stat } from "node:fs/promises";
import { resolve, sep } from "node:path";
import { FileAccessError, type ReadLimit } from "../lib/io.ts";
import type { ChunkedFolderIO } from "../lib/validate/chunkedIO.ts";
import { pathProblem } from "../lib/validate/pathProblem.ts";
import { installNodeUtf8 } from "./nodeUtf8.ts";

// 1 MiB chunks: large enough for speed, small enough that memory stays flat.
const chunkSize = 1 << 20;

/**
 * Reads files from a folder on disk, whole or in chunks (the adapter the CLI and the site pass into
 * the core). Only regular files inside the folder are read: a path that leaves it (`..`, absolute, or
 * a link to somewhere else) and anything that is not a regular file (a device such as /dev/zero, a
 * pipe, a folder) are refused before a byte is read, as is a file over the caller's size limit.
 */
export function folderIO(root: string): ChunkedFolderIO {
  // The files it reads are decoded with Node's faster UTF-8 decoder, in this thread.
  installNodeUtf8();
  const base = resolve(root);
  let realBase: Promise<string> | undefined;

  // Resolves a path inside the folder to the regular file it names, or throws why it may not be read.
  const locate = async (relPath: string, limit?: ReadLimit): Promise<string> => {
    if (pathProblem(relPath) !== undefined)
      throw new FileAccessError("EOUTSIDE", `${relPath} is not a path inside the folder`);
    realBase ??= realpath(base);
    const inside = await realBase;
    // Follows every link; a missing file rejects with ENOENT here.
    const real = await realpath(resolve(base, relPath));
    if (!real.startsWith(inside + sep))
      throw new FileAccessError("EOUTSIDE", `${relPath} leads outside the folder`);
    const info = await stat(real);
    if (!info.isFile()) throw new FileAccessError("ENOTFILE", `${relPath} is not a regular file`);
    if (limit?.maxBytes !== undefined && info.size > limit.maxBytes)
      throw new FileAccessError("ETOOLARGE", `${relPath} is ${info.size} bytes`, info.size);
    return real;
  };

  return {
    readFile: async (relPath, limit) => new Uint8Array(await readFile(await locate(relPath, limit))),
    async *readChunks(relPath) {
      const path = await locate(relPath);
      for await (const chunk of createReadStream(path, { highWaterMark: chunkSize })) {
        yield chunk as Uint8Array;
      }
    },
    async *readRange(relPath, start, end) {
      const path = await locate(relPath);
      if (end !== undefined && end <= start) return;
      const range = { start, ...(end === undefined ? {} : { end: end - 1 }) };
      for await (const chunk of createReadStream(path, { highWaterMark: chunkSize, ...range })) {
        yield chunk as Uint8Array;
      }
    },
    size: async (relPath) => (await stat(await locate(relPath))).size,
  };
}
