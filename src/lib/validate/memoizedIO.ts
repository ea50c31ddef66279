import type { FolderIO } from "../io.ts";

/**
 * A folder reader that reads each file once (per size limit) and answers again from memory, failures
 * included: for small files read several times in one run, such as the schemas.
 */
export function memoizedIO<T extends FolderIO>(io: T): T {
  const read = new Map<string, Promise<Uint8Array>>();
  return {
    ...io,
    readFile(path, limit) {
      const key = `${path}\u0000${limit?.maxBytes ?? ""}`;
      let bytes = read.get(key);
      if (!bytes) {
        bytes = io.readFile(path, limit);
        read.set(key, bytes);
      }
      return bytes;
    },
  };
}
