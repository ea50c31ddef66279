import { decodeUtf8 } from "./utf8.ts";

/** The encodings the decoder reads. */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** What the decoder learnt about the bytes it read. */
export interface EncodingReport {
  /** Encoding the bytes were read as (after the fallback, if there was one). */
  encoding: TextEncodingName;
  /** Whether a byte-order mark was present (and removed). */
  bom: boolean;
  /** Whether the bytes were not valid UTF-8 and were read as Windows-1252 from `invalidOffset` on. */
  notUtf8: boolean;
  /** Byte offset of the first byte that is not UTF-8. */
  invalidOffset?: number;
  /** That byte, e.g. `0xA9`. */
  invalidByte?: string;
  /** 1-based line of that byte. */
  invalidLine?: number;
}

/** An incremental decoder: bytes in, text out, chunk by chunk. */
export interface ChunkDecoder {
  decode(chunk: Uint8Array): string;
  /** Flushes what is left and returns it. */
  end(): string;
  report(): EncodingReport;
  /** The line feeds read before the first byte that is not UTF-8 (all of them when there is none). */
  newlines(): number;
}

/** How to read the bytes: detect (BOM, else UTF-8 with a Windows-1252 fallback) or a named encoding. */
export type EncodingChoice = "auto" | TextEncodingName | "latin1" | "ascii";

// Bytes that are not UTF-8 read with U+FFFD in their place; a U+FEFF is kept as the text's (see `utf8.ts`).
const lenientUtf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * Creates a decoder that reads UTF-8 (with or without BOM) and UTF-16 with a BOM; bytes that are
 * not valid UTF-8 switch it to Windows-1252 (a superset of Latin-1) from the first of them on, and are reported with their
 * offset and line, so the publisher can be told to re-save the file as UTF-8. With an explicit
 * `utf-8` or `ascii` encoding, invalid bytes are still reported.
 */
export function createChunkDecoder(
  choice: EncodingChoice = "auto",
  { midStream = false }: { midStream?: boolean } = {},
): ChunkDecoder {
  // In the middle of a file (see `csv/readCsvRange.ts`) there is no byte-order mark to look for.
  let started = midStream;
  let mode: TextEncodingName =
    choice === "latin1" ? "windows-1252" : choice === "auto" || choice === "ascii" ? "utf-8" : choice;
  let bom = false;
  let notUtf8 = false;
  let invalidOffset: number | undefined;
  let invalidByte: string | undefined;
  let invalidLine: number | undefined;
  let offset = 0;
  let lines = 1;
  let tail: Uint8Array = new Uint8Array(0);
  let utf16: TextDecoder | undefined;
  const single = new TextDecoder("windows-1252");

  const noteInvalid = (bytes: Uint8Array, base: number, at: number) => {
    if (invalidOffset !== undefined) return;
    invalidOffset = base + at;
    invalidByte = `0x${(bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, "0")}`;
    invalidLine = lines + countNewlines(bytes, at);
  };

  // `base` is the stream offset of `bytes[0]`.
  const readUtf8 = (bytes: Uint8Array, base: number, flush: boolean): string => {
    const cut = flush ? bytes.length : completeLength(bytes);
    const head = bytes.subarray(0, cut);
    // A copy: a Node Buffer's slice() is a view, which would keep (and lose, once freed) the chunk.
    tail = new Uint8Array(bytes.subarray(cut));
    if (choice === "ascii") {
      const bad = head.findIndex((b) => b > 0x7f);
      if (bad >= 0) {
        noteInvalid(head, base, bad);
        notUtf8 = true;
      }
    }
    const decoded = decodeUtf8(head);
    if (decoded !== undefined) return decoded;
    const bad = firstInvalidUtf8(head);
    noteInvalid(head, base, bad);
    notUtf8 = true;
    if (choice !== "auto") return lenientUtf8.decode(head);
    // From the first bad byte on, not before: the text read is the same however the file is cut.
    mode = "windows-1252";
    const text =
      lenientUtf8.decode(head.subarray(0, bad)) + single.decode(head.subarray(bad)) + single.decode(tail);
    tail = new Uint8Array(0);
    return text;
  };

  // The first bytes are held until a byte-order mark can be recognised.
  let head: Uint8Array = new Uint8Array(0);
  const step = (chunk: Uint8Array, flush: boolean): string => {
    let bytes = chunk;
    if (!started && !flush && head.length + bytes.length < 3) {
      head = concat(head, bytes);
      return "";
    }
    if (!started && head.length > 0) {
      bytes = concat(head, bytes);
      head = new Uint8Array(0);
    }
    if (!started) {
      started = true;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        bom = true;
        mode = "utf-8";
        bytes = bytes.subarray(3);
        offset = 3;
      } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
        bom = true;
        mode = "utf-16le";
        bytes = bytes.subarray(2);
      } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
        bom = true;
        mode = "utf-16be";
        bytes = bytes.subarray(2);
      }
    }
    let text: string;
    if (mode === "utf-16le" || mode === "utf-16be") {
      utf16 ??= new TextDecoder(mode);
      text = utf16.decode(bytes, { stream: !flush });
    } else if (mode === "windows-1252") {
      text = single.decode(bytes);
    } else {
      const base = offset - tail.length;
      text = readUtf8(tail.length === 0 ? bytes : concat(tail, bytes), base, flush);
    }
    if (invalidOffset === undefined) lines += countNewlines(bytes, bytes.length);
    offset += bytes.length;
    return text;
  };

  return {
    decode: (chunk) => step(chunk, false),
    end: () =>
      tail.length > 0 || mode === "utf-16le" || mode === "utf-16be" ? step(new Uint8Array(0), true) : "",
    newlines: () => lines - 1,
    report: () => ({
      encoding: mode,
      bom,
      notUtf8,
      ...(invalidOffset === undefined
        ? {}
        : { invalidOffset, invalidByte: invalidByte ?? "", invalidLine: invalidLine ?? 1 }),
    }),
  };
}

/** Returns how many leading bytes form complete UTF-8 sequences (the rest may continue in the next chunk). */
function completeLength(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back += 1) {
    const b = bytes[n - back] ?? 0;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}

/** Finds the offset of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k += 1) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < end; i = bytes.indexOf(0x0a, i + 1)) count += 1;
  return count;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
