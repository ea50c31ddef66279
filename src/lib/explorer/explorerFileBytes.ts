const encoder = new TextEncoder();

/** The bytes of one explorer file as the site serves it: compact JSON in UTF-8, no final newline. */
export function explorerFileBytes(json: unknown): Uint8Array<ArrayBuffer> {
  return encoder.encode(JSON.stringify(json));
}
