import { createChunkDecoder, type EncodingChoice, type EncodingReport } from "./chunkDecoder.ts";

/** The text of a file and what was learnt while decoding it. */
export interface DecodedText extends EncodingReport {
  text: string;
}

/**
 * Decodes a whole file (see `createChunkDecoder`): UTF-8 with or without BOM, UTF-16 with BOM,
 * and bytes that are not UTF-8 read as Windows-1252 and flagged.
 */
export function decodeText(bytes: Uint8Array, encoding: EncodingChoice = "auto"): DecodedText {
  const decoder = createChunkDecoder(encoding);
  const text = decoder.decode(bytes) + decoder.end();
  return { text, ...decoder.report() };
}
