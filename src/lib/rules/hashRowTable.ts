/**
 * A set of 53-bit row hashes, each with the row it was first seen in, in typed arrays (open
 * addressing): about 24 bytes per row where a `Map` of numbers takes three times that.
 */
export class HashRowTable {
  private hashes = new Float64Array(1024);
  private rows = new Uint32Array(1024);
  private size = 0;

  /** Returns the row a hash was first seen in, or records it with `row` and returns `undefined`. */
  firstRow(hash: number, row: number): number | undefined {
    // 0 marks an empty slot, so a zero hash is stored as 1 (a harmless extra collision).
    const key = hash === 0 ? 1 : hash;
    const mask = this.hashes.length - 1;
    for (let slot = key % this.hashes.length; ; slot = (slot + 1) & mask) {
      const found = this.hashes[slot];
      if (found === 0) {
        this.hashes[slot] = key;
        this.rows[slot] = row;
        this.size += 1;
        if (this.size * 2 > this.hashes.length) this.grow();
        return undefined;
      }
      if (found === key) return this.rows[slot];
    }
  }

  /**
   * Makes room for `count` hashes in all at once, as large as the table would have grown to by then: the
   * hashes already in are placed once, not again at each doubling (the table then holds its full size
   * from the start).
   */
  reserve(count: number): void {
    let length = this.hashes.length;
    while (count * 2 > length) length *= 2;
    if (length > this.hashes.length) this.grow(length);
  }

  private grow(length = this.hashes.length * 2): void {
    const { hashes, rows } = this;
    this.hashes = new Float64Array(length);
    this.rows = new Uint32Array(length);
    this.size = 0;
    for (let i = 0; i < hashes.length; i += 1) {
      const hash = hashes[i] as number;
      if (hash !== 0) this.firstRow(hash, rows[i] as number);
    }
  }
}
