import { invisibleGate } from "../text/findInvisible.ts";
import { mojibakeCue } from "../text/findMojibake.ts";
import { mayHoldPersonalData } from "../text/personalDataCue.ts";

/**
 * What a row's screen says it may hold, one bit each (see `screenRows`). A clear bit is a promise:
 * no cell of the row holds that; a set bit only means the row's rule must look.
 */
export const screenBits = {
  /** A line break, a carriage return or a tab, in any cell (an error in a code, fine in text). */
  breaks: 1,
  /** Another control or invisible character (`findInvisible`), in any cell. */
  invisible: 2,
  /** A character that starts every sign of encoding damage (`findMojibake`), in any cell. */
  mojibake: 4,
  /** A cue of personal data (`mayHoldPersonalData`) in a free-text cell. */
  personal: 8,
  /** A free-text cell (or a `;`-separated item of one) that may start like a formula (`formulaTrigger`). */
  formula: 16,
} as const;

/** Tells whether a row may hold what `bit` stands for: always, when the row was not screened. */
export function mayHold(screen: number | undefined, bit: number): boolean {
  return screen === undefined || (screen & bit) !== 0;
}

// Both screens' characters in one class; each character found is told apart by each set on its own (a
// character in both sets sets both bits).
const classOf = (pattern: RegExp) => pattern.source.slice(1, -1);
const screenCue = new RegExp(`[${classOf(invisibleGate)}${classOf(mojibakeCue)}]`);
const mojibakeOne = new RegExp(mojibakeCue.source);
const invisibleOne = new RegExp(invisibleGate.source);
// Every character of the class lies outside printable ASCII (U+0020-U+007E), and most text has few such
// characters (about 9 in a realistic row of 1,240, in 4 runs): the batch is scanned for runs of them,
// about twice as fast as for the class itself (1.2 against 2.3 us a realistic row), and each character
// of a run is then looked up in `bitsOf`, filled from the class as characters are first met.
const outsidePrintableAscii = /[^\u0020-\u007e]+/g;
// Per UTF-16 code unit: 0 when not met yet, else 0x80 with the screen's bits for it.
const bitsOf = new Uint8Array(0x10000);
const known = 0x80;
const breakCodes = new Set([9, 10, 13]);

/** The screen's bits for a code unit outside printable ASCII (0 when the class does not hold it). */
function bitsFor(code: number): number {
  const seen = bitsOf[code] as number;
  if (seen !== 0) return seen & ~known;
  const character = String.fromCharCode(code);
  let bits = 0;
  if (screenCue.test(character))
    bits = breakCodes.has(code)
      ? screenBits.breaks
      : (mojibakeOne.test(character) ? screenBits.mojibake : 0) |
        (invisibleOne.test(character) ? screenBits.invisible : 0);
  bitsOf[code] = known | bits;
  return bits;
}
let rowStarts = new Int32Array(256);

/**
 * Screens the rows of a batch (cells one after the other in `text`, per row its number, its cell count
 * and each cell's length in `layout`, as `RowBatch` packs them) for what the per-value text rules look
 * for, so that they skip the rows where it cannot be: a few scans of the whole batch with the engine's
 * own search instead of several patterns tried on every cell. `textColumns` are the 0-based columns of
 * free text (personal data and formulas are looked for there only). `cells`, when given, are each row's
 * cells (the same text), read as they are instead of cut from `text`.
 */
export function screenRows(
  text: string,
  layout: Int32Array,
  rows: number,
  textColumns: ReadonlySet<number>,
  cells?: ReadonlyArray<readonly string[]>,
): Uint8Array {
  const screens = new Uint8Array(rows);
  // Where each row starts in the text, and its end (one buffer for every batch).
  if (rowStarts.length < rows + 1) rowStarts = new Int32Array(Math.max(rows + 1, rowStarts.length * 2));
  const starts = rowStarts;
  let at = 0;
  let i = 0;
  for (let n = 0; n < rows; n += 1) {
    starts[n] = at;
    const count = layout[i + 1] as number;
    let formula = false;
    let personal = false;
    const row = cells?.[n];
    for (let cell = 0; cell < count; cell += 1) {
      const length = layout[i + 2 + cell] as number;
      if (length > 0 && textColumns.has(cell)) {
        // The cell on its own: a search must not run on into the rest of the batch.
        const value = row ? (row[cell] as string) : text.slice(at, at + length);
        if (!formula && mayStartFormula(value)) formula = true;
        if (!personal && length >= 8 && mayHoldPersonalData(value)) personal = true;
      }
      at += length;
    }
    if (formula) (screens[n] as number) |= screenBits.formula;
    if (personal) (screens[n] as number) |= screenBits.personal;
    i += 2 + count;
  }
  starts[rows] = at;
  mark(text, starts, screens);
  return screens;
}

/**
 * Sets, for each character of the screen's class in `text`, its bits (`bitsFor`) in the screen of the row
 * it falls in (`starts`: where each row starts, and the text's end). `test` moves `lastIndex` past each
 * run of characters outside printable ASCII without building a match array; the run is then read
 * backwards from its end.
 */
function mark(text: string, starts: Int32Array, screens: Uint8Array): void {
  const pattern = outsidePrintableAscii;
  pattern.lastIndex = 0;
  let row = 0;
  while (pattern.test(text)) {
    const end = pattern.lastIndex;
    while ((starts[row + 1] as number) < end) row += 1;
    let at = end - 1;
    let inRow = row;
    for (
      let code = text.charCodeAt(at);
      at >= 0 && (code < 0x20 || code > 0x7e);
      code = text.charCodeAt(at)
    ) {
      while ((starts[inRow] as number) > at) inRow -= 1;
      const bits = bitsFor(code);
      if (bits !== 0) (screens[inRow] as number) |= bits;
      at -= 1;
    }
  }
}

/**
 * Tells whether a cell, or an item of it after a `;`, may start like a formula: its first character
 * is not a letter, nor a character from `A` to U+2FFF (`formulaTrigger` returns at once for those).
 */
function mayStartFormula(value: string): boolean {
  const first = value.charCodeAt(0);
  return !(first > 0x40 && first < 0x3000) || value.includes(";");
}
