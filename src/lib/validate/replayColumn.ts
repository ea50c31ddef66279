import { GrowingArray } from "./growingArray.ts";

/**
 * One column's values over a range's rows, packed to cost little to hold and to post between threads
 * (see `checkCsvRange`): the texts joined into one string with each one's length, and the values that
 * are not text (numbers, lists) in a short list of their own. Per row, `lengths[i]` is the text's length,
 * `-1` for no value, or `-2 - k` for `others[k]`. Holding each value as its own string would cost
 * several times its text, and keep alive the batch of text a long one was cut from.
 */
export interface ReplayColumn {
  texts: string;
  lengths: Int32Array;
  others: unknown[];
}

// Texts are joined in groups of this many, so that the parts never make a long list.
const group = 4096;

/** Collects a column's values row by row and packs them (see `ReplayColumn`). */
export class ReplayColumnBuilder {
  #joined: string[] = [];
  #parts: string[] = [];
  #lengths = new GrowingArray(Int32Array, group);
  #others: unknown[] = [];

  /** Adds the next row's value. */
  add(value: unknown): void {
    let length = -1;
    if (typeof value === "string") {
      length = value.length;
      this.#parts.push(value);
      if (this.#parts.length === group) {
        this.#joined.push(this.#parts.join(""));
        this.#parts = [];
      }
    } else if (value !== undefined) {
      length = -2 - this.#others.length;
      this.#others.push(value);
    }
    this.#lengths.push(length);
  }

  /** The packed column (the builder is not to be used after). */
  pack(): ReplayColumn {
    this.#joined.push(this.#parts.join(""));
    return {
      texts: this.#joined.join(""),
      lengths: this.#lengths.take(),
      others: this.#others,
    };
  }
}

/** Reads a packed column's values in row order: `next()` returns the next row's value. */
export function replayColumnReader(column: ReplayColumn): { next(): unknown } {
  const { texts, lengths, others } = column;
  let row = 0;
  let at = 0;
  return {
    next() {
      const length = lengths[row] ?? -1;
      row += 1;
      if (length === -1) return undefined;
      if (length < -1) return others[-2 - length];
      at += length;
      return texts.slice(at - length, at);
    },
  };
}
