/** Decodes bytes that should be UTF-8: their text, or `undefined` when they are not valid UTF-8. */
export type Utf8Decode = (bytes: Uint8Array) => string | undefined;

// A byte-order mark is the decoder's to find, at a file's start only (`createChunkDecoder`): a U+FEFF
// further on is a character of the text (an invisible one, which the rules report), whichever piece
// of the file it starts.
const standard = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The standard decoder (`TextDecoder`), which every JavaScript runtime has. */
export const standardUtf8: Utf8Decode = (bytes) => {
  try {
    return standard.decode(bytes);
  } catch {
    return undefined;
  }
};

let current: Utf8Decode = standardUtf8;

/**
 * Sets how this thread decodes UTF-8 (an adapter's faster decoder, such as `src/node/nodeUtf8.ts`): it
 * must return exactly the text `standardUtf8` returns, and `undefined` for the same bytes.
 */
export function useUtf8Decoder(decode: Utf8Decode): void {
  current = decode;
}

/** Decodes UTF-8 with this thread's decoder (see `useUtf8Decoder`). */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  return current(bytes);
}
