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

// Both screens' characters in one class, so that the batch is scanned once; each character found is
// then told apart by each set on its own (a character in both sets would set both bits).
const classOf = (pattern: RegExp) => pattern.source.slice(1, -1);
const screenCue = new RegExp(`[${classOf(invisibleGate)}${classOf(mojibakeCue)}]`, "g");
const mojibakeOne = new RegExp(mojibakeCue.source);
const invisibleOne = new RegExp(invisibleGate.source);
const breakCodes = new Set([9, 10, 13]);
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
  mark(text, starts, screens, screenCue, (found) => {
    if (breakCodes.has(found)) return screenBits.breaks;
    const character = String.fromCharCode(found);
    return (
      (mojibakeOne.test(character) ? screenBits.mojibake : 0) |
      (invisibleOne.test(character) ? screenBits.invisible : 0)
    );
  });
  return screens;
}

/**
 * Sets, for each match of the global `pattern` (one character: a class without the `u` flag) in `text`,
 * the bit `bitOf(its code unit)` of the row it falls in. `test` moves `lastIndex` past each match
 * without building a match array, as `exec` would.
 */
function mark(
  text: string,
  starts: Int32Array,
  screens: Uint8Array,
  pattern: RegExp,
  bitOf: (found: number) => number,
): void {
  pattern.lastIndex = 0;
  let row = 0;
  while (pattern.test(text)) {
    const index = pattern.lastIndex - 1;
    while ((starts[row + 1] as number) <= index) row += 1;
    (screens[row] as number) |= bitOf(text.charCodeAt(index));
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
