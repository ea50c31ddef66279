const encoder = new TextEncoder();

/** Serialises a value as indented JSON in UTF-8, ending with a newline. */
export function jsonBytes(value: unknown): Uint8Array {
  return encoder.encode(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Serialises a list of records as `jsonBytes` does, a few hundred records at a time: the chunks
 * joined are byte for byte `jsonBytes(records)`, and a large file is never one string. (JSON text
 * holds no raw line break inside a value, so indenting each line of an item by two spaces places it
 * in the list exactly as `JSON.stringify` does.)
 */
export function* jsonArrayChunks(records: readonly unknown[], itemsPerChunk = 200): Generator<Uint8Array> {
  if (records.length === 0) {
    yield encoder.encode("[]\n");
    return;
  }
  let text = "[\n";
  for (let i = 0; i < records.length; i++) {
    // An item JSON cannot hold (undefined, a function) is `null` in a list, as JSON.stringify writes it.
    const item = JSON.stringify(records[i], null, 2) ?? "null";
    text += `  ${item.replaceAll("\n", "\n  ")}${i < records.length - 1 ? ",\n" : "\n]\n"}`;
    if ((i + 1) % itemsPerChunk === 0 || i === records.length - 1) {
      yield encoder.encode(text);
      text = "";
    }
  }
}
