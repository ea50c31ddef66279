import { printableText } from "./printableText.ts";

/**
 * Tells whether UTF-8 bytes (as `TextEncoder` writes them) hold a character `printableText` would
 * replace: a C0 control other than tab, line feed and carriage return (one byte), DEL (`7F`), a C1
 * control (`C2 80`–`C2 9F`), a noncharacter U+FDD0–U+FDEF (`EF B7 90`–`EF B7 AF`) or U+FFFE/U+FFFF
 * (`EF BF BE`/`EF BF BF`). Unpaired surrogates need no check: `TextEncoder` already wrote them as
 * U+FFFD, which is what `printableText` makes of them. One pass over the bytes, without decoding.
 */
export function hasUnprintableBytes(bytes: Uint8Array): boolean {
  const end = bytes.length;
  for (let i = 0; i < end; i++) {
    const b = bytes[i] as number;
    if (b < 0x20) {
      if (b !== 0x09 && b !== 0x0a && b !== 0x0d) return true;
    } else if (b === 0x7f) return true;
    else if (b === 0xc2) {
      const next = bytes[i + 1] ?? 0;
      if (next >= 0x80 && next <= 0x9f) return true;
    } else if (b === 0xef) {
      const second = bytes[i + 1] ?? 0;
      const third = bytes[i + 2] ?? 0;
      if (second === 0xb7 && third >= 0x90 && third <= 0xaf) return true;
      if (second === 0xbf && (third === 0xbe || third === 0xbf)) return true;
    }
  }
  return false;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * `printableText` on UTF-8 bytes: the same bytes when nothing needs replacing (the common case, found
 * without decoding), else the encoded printable text.
 */
export function printableBytes(bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  return hasUnprintableBytes(bytes) ? encoder.encode(printableText(decoder.decode(bytes))) : bytes;
}
