const encoder = new TextEncoder();

/** Serialises a value as indented JSON in UTF-8, ending with a newline. */
export function jsonBytes(value: unknown): Uint8Array {
  return encoder.encode(`${JSON.stringify(value, null, 2)}\n`);
}
