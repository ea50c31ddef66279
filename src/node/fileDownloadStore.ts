import { createHash } from "node:crypto";
import { mkdir, open, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { DownloadStore } from "../lib/downloads/downloadStore.ts";

/**
 * Keeps download files in a folder on disk (during `npm run build`, a folder beside the output
 * that the build removes): each file is written piece by piece and hashed as it goes, so no large
 * download stays in memory between the moment it is made and the moment it is served.
 */
export function fileDownloadStore(folder: string): DownloadStore {
  let made: Promise<unknown> | undefined;
  return {
    async put(name, pieces) {
      if (name !== basename(name) || name === "." || name === "..")
        throw new Error(`A download file name cannot hold a folder: ${name}`);
      made ??= mkdir(folder, { recursive: true });
      await made;
      const path = join(folder, name);
      const hash = createHash("sha256");
      let size = 0;
      const file = await open(path, "w");
      try {
        for await (const piece of pieces) {
          hash.update(piece);
          size += piece.byteLength;
          await file.write(piece);
        }
      } finally {
        await file.close();
      }
      return { size, sha256: hash.digest("hex"), read: async () => new Uint8Array(await readFile(path)) };
    },
  };
}
