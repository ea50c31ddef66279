import { isAscii, isUtf8, transcode } from "node:buffer";
import { readFileSync } from "node:fs";
import { standardUtf8, type Utf8Decode, useUtf8Decoder } from "../lib/csv/utf8.ts";

/**
 * Decodes UTF-8 with Node's own tools: checked by `isUtf8` (simdutf), then ASCII read as Latin-1 and
 * anything else converted to UTF-16 by `transcode` (ICU) and read as such. `TextDecoder` builds its
 * string with V8's UTF-8 decoder, about 3 times slower on text that is mostly ASCII with a few other
 * characters (an en dash, an accent), as realistic rows are: 32 KB pieces of the bench's file, 285
 * against 94 ms for 198 MB. Same text, same verdict (`test/unit/validate/nodeUtf8.test.ts`).
 */
export const nodeUtf8: Utf8Decode = (bytes) => {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isAscii(buffer)) return buffer.toString("latin1");
  if (!isUtf8(buffer)) return undefined;
  return transcode(buffer, "utf8", "utf16le").toString("utf16le");
};

let installed = false;

/**
 * Makes this thread decode UTF-8 with `nodeUtf8` (once), when this Node has ICU's `transcode` working;
 * else it keeps the standard decoder.
 */
export function installNodeUtf8(): void {
  if (installed) return;
  installed = true;
  try {
    if (nodeUtf8(Uint8Array.of(0x61, 0xc3, 0xa9)) !== standardUtf8(Uint8Array.of(0x61, 0xc3, 0xa9))) return;
  } catch {
    return;
  }
  useUtf8Decoder(nodeUtf8);
}

/**
 * A file's text as `readFileSync(path, "utf8")` gives it, decoded by `nodeUtf8` (bytes that are not UTF-8
 * are read as Node reads them, with U+FFFD in their place): the search index reads its 20,000 pages so.
 */
export function readUtf8File(path: string): string {
  const bytes = readFileSync(path);
  return nodeUtf8(bytes) ?? bytes.toString("utf8");
}
