import { hashRowText } from "./rowHash.ts";
import { screenRows } from "./rowScreen.ts";

/**
 * Parsed CSV rows packed to be posted from one thread to another: the text of every cell in one
 * string, and per row its number, its cell count and each cell's length. One string and one typed
 * array cost far less to post than an array of arrays of strings.
 */
export interface RowBatch {
  text: string;
  layout: Int32Array;
  /** Each row's fingerprint, when the rows have one. */
  fingerprints?: Float64Array;
  /** Each row's screen (see `screenRows`), when the rows were screened. */
  screens?: Uint8Array;
  /**
   * Each row's cells as they were added, when the batch stays in the thread that made it
   * (`rowBatcher({ keepCells: true })`): they are handed on as they are, not cut from `text` again.
   */
  cells?: string[][];
}

/** Collects rows (cells and row number) and packs them into a batch when asked. */
export interface RowBatcher {
  add(cells: readonly string[], row: number): void;
  /**
   * Returns the rows added since the last call, packed, with each row's fingerprint (`hashRow`
   * leaving out the `fingerprintSkip`th cell) when that is given: hashed from the batch's text,
   * which holds each row's cells one after the other, rather than from a join of its own; and with
   * each row's screen when `screenText` (the free-text columns) is given.
   */
  take(fingerprintSkip?: number, screenText?: ReadonlySet<number>): RowBatch;
}

/**
 * Creates a row batcher (see `RowBatch`); with `keepCells`, for a batch that is not posted to another
 * thread, each row's cells are kept beside the packed text (`RowBatch.cells`).
 */
export function rowBatcher(options: { keepCells?: boolean } = {}): RowBatcher {
  const keep = options.keepCells === true;
  let kept: string[][] = [];
  // The cells' text, joined as they come: V8 concatenates into a rope that is copied flat once, when
  // first searched, far faster than joining an array of the cells (about 10 times, measured on 800 cells).
  let text = "";
  let layout = new Int32Array(4096);
  let used = 0;
  let rows = 0;
  return {
    add(cells, row) {
      rows += 1;
      if (used + cells.length + 2 > layout.length) {
        const grown = new Int32Array(Math.max(layout.length * 2, used + cells.length + 2));
        grown.set(layout.subarray(0, used));
        layout = grown;
      }
      layout[used] = row;
      layout[used + 1] = cells.length;
      used += 2;
      if (keep) kept.push(cells as string[]);
      for (const cell of cells) {
        text += cell;
        layout[used] = cell.length;
        used += 1;
      }
    },
    take(fingerprintSkip, screenText) {
      const batch: RowBatch = { text, layout: layout.slice(0, used) };
      if (fingerprintSkip !== undefined) batch.fingerprints = fingerprintsOf(batch, rows, fingerprintSkip);
      if (screenText !== undefined)
        batch.screens = screenRows(batch.text, batch.layout, rows, screenText, keep ? kept : undefined);
      if (keep) {
        batch.cells = kept;
        kept = [];
      }
      text = "";
      used = 0;
      rows = 0;
      return batch;
    },
  };
}

function fingerprintsOf(batch: RowBatch, rows: number, skip: number): Float64Array {
  const { text, layout } = batch;
  const fingerprints = new Float64Array(rows);
  let at = 0;
  let i = 0;
  for (let n = 0; n < rows; n += 1) {
    const count = layout[i + 1] as number;
    let length = 0;
    for (let cell = 0; cell < count; cell += 1) length += layout[i + 2 + cell] as number;
    fingerprints[n] = hashRowText(text, at, layout, i + 2, count, skip);
    at += length;
    i += 2 + count;
  }
  return fingerprints;
}

/** Hands each row of a batch to `onRow`, with its cells as they were added. */
export function unpackRows(
  batch: RowBatch,
  onRow: (cells: string[], row: number, fingerprint?: number, screen?: number) => void,
): void {
  const { text, layout, fingerprints, screens, cells: kept } = batch;
  if (kept) {
    let i = 0;
    for (let n = 0; n < kept.length; n += 1) {
      const row = layout[i] as number;
      i += 2 + (layout[i + 1] as number);
      onRow(kept[n] as string[], row, fingerprints?.[n], screens?.[n]);
    }
    return;
  }
  let at = 0;
  let i = 0;
  let n = 0;
  while (i < layout.length) {
    const row = layout[i] as number;
    const count = layout[i + 1] as number;
    i += 2;
    const cells = new Array<string>(count);
    for (let cell = 0; cell < count; cell += 1) {
      const length = layout[i] as number;
      i += 1;
      cells[cell] = text.slice(at, at + length);
      at += length;
    }
    onRow(cells, row, fingerprints?.[n], screens?.[n]);
    n += 1;
  }
}
