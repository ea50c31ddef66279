/** The text of a file and what was learnt while decoding it. */
export interface DecodedText {
  text: string;
  /** Encoding the bytes were read as. */
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
  /** Whether a byte-order mark was present (and removed). */
  bom: boolean;
  /** Whether the bytes were not valid UTF-8 and had to be read as Windows-1252. */
  notUtf8: boolean;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes file bytes to text: UTF-8 with or without BOM, UTF-16 with BOM; bytes that are not
 * valid UTF-8 are read as Windows-1252 (a superset of Latin-1) and flagged so the caller can
 * tell the publisher to re-save the file as UTF-8.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8Lenient(bytes.subarray(3)), encoding: "utf-8", bom: true, notUtf8: false };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      text: new TextDecoder("utf-16le").decode(bytes.subarray(2)),
      encoding: "utf-16le",
      bom: true,
      notUtf8: false,
    };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      text: new TextDecoder("utf-16be").decode(bytes.subarray(2)),
      encoding: "utf-16be",
      bom: true,
      notUtf8: false,
    };
  }
  try {
    return { text: utf8.decode(bytes), encoding: "utf-8", bom: false, notUtf8: false };
  } catch {
    return {
      text: new TextDecoder("windows-1252").decode(bytes),
      encoding: "windows-1252",
      bom: false,
      notUtf8: true,
    };
  }
}

function decodeUtf8Lenient(bytes: Uint8Array): string {
  return new TextDecoder("utf-8").decode(bytes);
}
