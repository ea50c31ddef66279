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
  let h1 = 0x2f9be6cc ^ cells.length;
  let h2 = 0x6a09e667 ^ cells.length;
  for (let index = 0; index < cells.length; index += 1) {
    const length = index === skip ? 0 : (cells[index] as string).length;
    h1 = Math.imul(h1 ^ length, 0xcc9e2d51);
    h2 = Math.imul(h2 ^ length, 0x1b873593);
  }
  let text: string;
  if (skip >= 0 && skip < cells.length) {
    const rest = cells.slice();
    rest[skip] = "";
    text = rest.join("");
  } else text = cells.join("");
  // UTF-8 takes at most 3 bytes per UTF-16 unit; 3 more for the zero padding of the last word.
  if (text.length * 3 + 3 > bytes.length) {
    bytes = new Uint8Array(2 ** Math.ceil(Math.log2(text.length * 3 + 3)));
    words = new Int32Array(bytes.buffer);
  }
  const written = encoder.encodeInto(text, bytes).written;
  bytes[written] = 0;
  bytes[written + 1] = 0;
  bytes[written + 2] = 0;
  const count = (written + 3) >>> 2;
  for (let i = 0; i < count; i += 1) {
    const word = words[i] as number;
    let k = Math.imul(word, 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    h1 ^= k;
    h1 = (Math.imul((h1 << 13) | (h1 >>> 19), 5) + 0xe6546b64) | 0;
    let m = Math.imul(word, 0x85ebca6b);
    m = Math.imul((m << 16) | (m >>> 16), 0xc2b2ae35);
    h2 ^= m;
    h2 = (Math.imul((h2 << 11) | (h2 >>> 21), 9) + 0x38b34ae5) | 0;
  }
  h1 = finalMix(h1 ^ written);
  h2 = finalMix(h2 ^ written);
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}

// MurmurHash3's finaliser: every input bit affects every output bit.
function finalMix(h: number): number {
  let x = h;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return x ^ (x >>> 16);
}
