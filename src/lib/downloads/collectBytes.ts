import { joinBytes } from "./joinBytes.ts";

/** Reads pieces of bytes to their end and joins them into one array. */
export async function collectBytes(pieces: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const piece of pieces) parts.push(piece);
  return joinBytes(parts);
}
