/** A set of row numbers below a fixed size, as a bit set: fast intersections and counts at 100,000 rows. */
export class RowSet {
  readonly size: number;
  readonly #bits: Uint32Array;

  private constructor(size: number, bits: Uint32Array) {
    this.size = size;
    this.#bits = bits;
  }

  /** Returns the set of no row. */
  static none(size: number): RowSet {
    return new RowSet(size, new Uint32Array(Math.ceil(size / 32)));
  }

  /** Returns the set of every row. */
  static all(size: number): RowSet {
    const set = RowSet.none(size);
    set.#bits.fill(0xffffffff);
    const tail = size % 32;
    if (tail > 0) set.#bits[set.#bits.length - 1] = (2 ** tail - 1) >>> 0;
    return set;
  }

  /** Returns the set of the given rows (each below `size`). */
  static of(size: number, rows: Iterable<number>): RowSet {
    const set = RowSet.none(size);
    for (const row of rows) set.add(row);
    return set;
  }

  /** Adds a row. */
  add(row: number): void {
    if (row < 0 || row >= this.size || !Number.isInteger(row))
      throw new RangeError(`Row ${row} is outside 0…${this.size - 1}.`);
    const word = row >>> 5;
    this.#bits[word] = ((this.#bits[word] as number) | (1 << (row & 31))) >>> 0;
  }

  /** Tells whether a row is in the set. */
  has(row: number): boolean {
    return row >= 0 && row < this.size && (((this.#bits[row >>> 5] as number) >>> (row & 31)) & 1) === 1;
  }

  /** Returns the rows in both sets. */
  and(other: RowSet): RowSet {
    this.#sameSize(other);
    const bits = new Uint32Array(this.#bits.length);
    for (let i = 0; i < bits.length; i += 1)
      bits[i] = ((this.#bits[i] as number) & (other.#bits[i] as number)) >>> 0;
    return new RowSet(this.size, bits);
  }

  /** Returns the rows in either set. */
  or(other: RowSet): RowSet {
    this.#sameSize(other);
    const bits = new Uint32Array(this.#bits.length);
    for (let i = 0; i < bits.length; i += 1)
      bits[i] = ((this.#bits[i] as number) | (other.#bits[i] as number)) >>> 0;
    return new RowSet(this.size, bits);
  }

  /** Counts the rows in the set. */
  count(): number {
    let total = 0;
    for (const word of this.#bits) total += popCount(word);
    return total;
  }

  /** Counts how many of the given rows are in the set (a facet value's share of the current rows). */
  countOf(rows: readonly number[]): number {
    let total = 0;
    for (const row of rows) if (this.has(row)) total += 1;
    return total;
  }

  /** Lists the rows in ascending order. */
  rows(): number[] {
    const rows: number[] = [];
    for (let word = 0; word < this.#bits.length; word += 1) {
      let bits = this.#bits[word] as number;
      while (bits !== 0) {
        const low = bits & -bits;
        rows.push(word * 32 + 31 - Math.clz32(low));
        bits = (bits ^ low) >>> 0;
      }
    }
    return rows;
  }

  #sameSize(other: RowSet): void {
    if (other.size !== this.size)
      throw new RangeError(`Row sets of ${this.size} and ${other.size} rows do not combine.`);
  }
}

/** Counts the set bits of a 32-bit word. */
function popCount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
