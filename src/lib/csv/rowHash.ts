const encoder = new TextEncoder();
// One buffer for every row: the row's UTF-8 bytes, read four at a time.
let bytes = new Uint8Array(1 << 12);
let words = new Int32Array(bytes.buffer);

/**
 * Hashes a row's cells (all but the `skip`th) to 53 bits: the cells are joined, encoded as UTF-8
 * natively and read four bytes at a time by two 32-bit MurmurHash3-style lanes with different
 * constants, the cell lengths mixed in first so that `["ab", "c"]` and `["a", "bc"]` differ. Not
 * cryptographic: two different rows collide with a probability of about 2⁻⁵³ per pair.
 */
export function hashRow(cells: readonly string[], skip = -1): number {
  const lengths = cells.map((cell) => cell.length);
  return hashRowText(cells.join(""), 0, lengths, 0, cells.length, skip);
}

/**
 * Hashes a row exactly as `hashRow` does, from the row's cells written one after another in `text`
 * from `start` on, with their lengths `lengths[first…first+count)`: a batch of rows joined once.
 * The `skip`th cell (counted from `first`) is left out.
 */
export function hashRowText(
  text: string,
  start: number,
  lengths: ArrayLike<number>,
  first: number,
  count: number,
  skip = -1,
): number {
  let h1 = 0x2f9be6cc ^ count;
  let h2 = 0x6a09e667 ^ count;
  let skipStart = -1;
  let skipEnd = -1;
  let end = start;
  for (let index = 0; index < count; index += 1) {
    const cell = lengths[first + index] as number;
    if (index === skip) {
      skipStart = end;
      skipEnd = end + cell;
    }
    end += cell;
    const length = index === skip ? 0 : cell;
    h1 = Math.imul(h1 ^ length, 0xcc9e2d51);
    h2 = Math.imul(h2 ^ length, 0x1b873593);
  }
  // UTF-8 takes at most 3 bytes per UTF-16 unit; 7 more for the zero padding of the last 8 bytes.
  if ((end - start) * 3 + 7 > bytes.length) {
    bytes = new Uint8Array(2 ** Math.ceil(Math.log2((end - start) * 3 + 7)));
    words = new Int32Array(bytes.buffer);
  }
  // The cells around the skipped one, encoded one after the other (UTF-8 of a join is the join of UTF-8).
  let written: number;
  if (skipStart < 0) written = encoder.encodeInto(text.slice(start, end), bytes).written;
  else {
    written = skipStart > start ? encoder.encodeInto(text.slice(start, skipStart), bytes).written : 0;
    if (end > skipEnd)
      written += encoder.encodeInto(
        text.slice(skipEnd, end),
        written === 0 ? bytes : bytes.subarray(written),
      ).written;
  }
  bytes.fill(0, written, written + 7);
  // Eight bytes a round, one word to each lane, the lanes added to each other after each round
  // (MurmurHash3 x86_128's rounds, with two lanes instead of four): half the multiplications of
  // feeding every word to both lanes.
  const pairs = (written + 7) >>> 3;
  for (let i = 0; i < pairs; i += 1) {
    let k1 = words[2 * i] as number;
    let k2 = words[2 * i + 1] as number;
    k1 = Math.imul(k1, 0x239b961b);
    k1 = Math.imul((k1 << 15) | (k1 >>> 17), 0xab0e9789);
    h1 ^= k1;
    h1 = (h1 << 19) | (h1 >>> 13);
    h1 = (h1 + h2) | 0;
    h1 = (Math.imul(h1, 5) + 0x561ccd1b) | 0;
    k2 = Math.imul(k2, 0xab0e9789);
    k2 = Math.imul((k2 << 16) | (k2 >>> 16), 0x38b34ae5);
    h2 ^= k2;
    h2 = (h2 << 17) | (h2 >>> 15);
    h2 = (h2 + h1) | 0;
    h2 = (Math.imul(h2, 5) + 0x0bcaa747) | 0;
  }
  h1 ^= written;
  h2 ^= written;
  h1 = (h1 + h2) | 0;
  h2 = (h2 + h1) | 0;
  h1 = finalMix(h1);
  h2 = finalMix(h2);
  h1 = (h1 + h2) | 0;
  h2 = (h2 + h1) | 0;
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}

// MurmurHash3's finaliser: every input bit affects every output bit.
function finalMix(h: number): number {
  let x = h;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return x ^ (x >>> 16);
}
