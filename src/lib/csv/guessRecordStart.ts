// Where a record starts in the middle of a CSV file, guessed from the bytes around a cut alone (the
// speculative approach of parallel CSV parsers): the first line feed after the cut is either between
// records or inside a quoted cell. Both are followed through the bytes after it as RFC 4180 reads them,
// and the one that runs into a quote where none can be (a quote inside an unquoted cell, a closing quote
// followed by anything but a comma, a quote or a line break) is dropped. Only a guess: the caller
// checks it (see `validate/csvRanges.ts`).

const quote = 0x22;
const comma = 0x2c;
const lineFeed = 0x0a;
const carriageReturn = 0x0d;

// Where a reading is within the text: at a cell's start, in an unquoted cell, in a quoted cell, or just
// after a quote inside a quoted cell (the cell's end, or the first of two quotes); dead once impossible.
const cellStart = 0;
const unquoted = 1;
const quoted = 2;
const afterQuote = 3;
const dead = 4;

/** The state after reading `byte` in `state`. */
function step(state: number, byte: number): number {
  switch (state) {
    case cellStart:
      return byte === quote ? quoted : byte === comma || byte === lineFeed ? cellStart : unquoted;
    case unquoted:
      return byte === quote ? dead : byte === comma || byte === lineFeed ? cellStart : unquoted;
    case quoted:
      return byte === quote ? afterQuote : quoted;
    case afterQuote:
      if (byte === quote) return quoted;
      if (byte === comma || byte === lineFeed) return cellStart;
      return byte === carriageReturn ? unquoted : dead;
    default:
      return dead;
  }
}

/**
 * The offset in `bytes` just past the first line feed that ends a record, when the bytes tell it
 * unambiguously (one of the two readings of the first line feed fails before the end of `bytes`, and
 * the other has found a record's end); `undefined` when they do not (no quote to tell them apart, or
 * both fail: quotes that do not follow RFC 4180).
 */
export function guessRecordStart(bytes: Uint8Array): number | undefined {
  const first = bytes.indexOf(lineFeed);
  if (first < 0) return undefined;
  // The first line feed ends a record (`outside`), or is inside a quoted cell (`inside`).
  let outside = cellStart;
  let inside = quoted;
  let insideStart: number | undefined;
  for (let i = first + 1; i < bytes.length; i += 1) {
    const byte = bytes[i] as number;
    outside = step(outside, byte);
    inside = step(inside, byte);
    if (insideStart === undefined && byte === lineFeed && inside === cellStart) insideStart = i + 1;
    if (outside === dead && inside === dead) return undefined;
    if (inside === dead) return first + 1;
    if (outside === dead && insideStart !== undefined) return insideStart;
  }
  return undefined;
}
