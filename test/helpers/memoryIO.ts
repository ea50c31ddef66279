import type { FolderIO } from "../../src/lib/io.ts";

/** A FolderIO over an in-memory map of path to text (or bytes), for tests. */
export function memoryIO(files: Record<string, string | Uint8Array>): FolderIO {
  return {
    async readFile(relPath) {
      const file = files[relPath];
      if (file === undefined) throw Object.assign(new Error(`ENOENT: ${relPath}`), { code: "ENOENT" });
      return typeof file === "string" ? new TextEncoder().encode(file) : file;
    },
  };
}
