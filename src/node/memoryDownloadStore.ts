import { createHash } from "node:crypto";
import type { DownloadStore } from "../lib/downloads/downloadStore.ts";
import { joinBytes } from "../lib/downloads/joinBytes.ts";

/** Keeps download files in memory: for `astro dev`, a bare `astro build` and tests, where the data is small. */
export function memoryDownloadStore(): DownloadStore {
  return {
    async put(_name, pieces) {
      const parts: Uint8Array[] = [];
      const hash = createHash("sha256");
      for await (const piece of pieces) {
        hash.update(piece);
        parts.push(piece);
      }
      const bytes = joinBytes(parts);
      return { size: bytes.byteLength, sha256: hash.digest("hex"), read: async () => bytes };
    },
  };
}
