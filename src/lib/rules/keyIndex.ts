/**
 * A key index (value → first row) shared by the rules that need a dataset's keys (primary key, references
 * to it), kept compact: a million ids cost about 37 MB here against about 59 MB in a `Map` (a string
 * object of 32 bytes and three table slots each). Keys that are text of one-byte characters only
 * (U+0000–U+00FF, as ids are) are stored as bytes, one after the other, and found through a table of
 * entry numbers in a typed array (open addressing, at most half full); any other key (wider text, a
 * number, a list) goes into a `Map` of its own. It reads and iterates like a `Map`, in insertion order,
 * and remembers its last answer: rules that share it ask about the same value one after the other.
 * It only grows (`delete` is refused), so an answer stays true.
 */
export class KeyIndex extends Map<unknown, number> {
  lastValue: unknown;
  lastFirst = 0;
  // Each entry's first byte in #chars (it ends where the next one starts) and hash (0: a wide key).
  #starts = new Int32Array(initial);
  #hashes = new Int32Array(initial);
  #values = new Float64Array(initial);
  #count = 0;
  #chars = new Uint8Array(initial * 16);
  #used = 0;
  // Entry number + 1 per slot, 0 for a free slot.
  #table = new Int32Array(initial * 2);
  #mask = initial * 2 - 1;
  // Keys that are not one-byte text: key → entry number, and entry number → key.
  #wide = new Map<unknown, number>();
  #wideKeys = new Map<number, unknown>();

  constructor(entries?: Iterable<readonly [unknown, number]> | null) {
    super();
    if (entries) for (const [key, value] of entries) this.set(key, value);
  }

  /**
   * The value of `key`, recorded as `value` when the key is new: one look-up where `get` then `set`
   * take two (`firstRowOf`).
   */
  getOrSet(key: unknown, value: number): number {
    if (typeof key === "string") {
      const hash = hashOf(key);
      if (hash !== 0) {
        const found = this.#find(key, hash);
        if (found >= 0) return this.#values[found] as number;
        this.#addBytes(key, hash, -1 - found, value);
        return value;
      }
    }
    const entry = this.#wide.get(key);
    if (entry !== undefined) return this.#values[entry] as number;
    this.#addWide(key, value);
    return value;
  }

  /**
   * Makes room for `count` keys in all at once, as large as the index would have grown to by then (its
   * entries and its table; the keys' bytes still grow as they come): the keys already in are placed once,
   * not again at each doubling.
   */
  reserve(count: number): void {
    let entries = this.#starts.length;
    while (entries < count) entries *= 2;
    if (entries > this.#starts.length) {
      this.#starts = grow(this.#starts, new Int32Array(entries));
      this.#hashes = grow(this.#hashes, new Int32Array(entries));
      this.#values = grow(this.#values, new Float64Array(entries));
    }
    let slots = this.#mask + 1;
    while (count * 2 > slots) slots *= 2;
    if (slots > this.#mask + 1) this.#rehash(slots);
  }

  override get(key: unknown): number | undefined {
    const entry = this.#entryOf(key);
    return entry < 0 ? undefined : this.#values[entry];
  }

  override has(key: unknown): boolean {
    return this.#entryOf(key) >= 0;
  }

  override set(key: unknown, value: number): this {
    const entry = this.#entryOf(key);
    if (entry >= 0) this.#values[entry] = value;
    else this.getOrSet(key, value);
    return this;
  }

  override delete(): boolean {
    throw new TypeError("A key index only grows.");
  }

  override clear(): void {
    throw new TypeError("A key index only grows.");
  }

  override forEach(
    callback: (value: number, key: unknown, map: Map<unknown, number>) => void,
    self?: unknown,
  ): void {
    for (let entry = 0; entry < this.#count; entry += 1)
      callback.call(self, this.#values[entry] as number, this.#keyAt(entry), this);
  }

  override *entries(): MapIterator<[unknown, number]> {
    for (let entry = 0; entry < this.#count; entry += 1)
      yield [this.#keyAt(entry), this.#values[entry] as number];
  }

  override *keys(): MapIterator<unknown> {
    for (let entry = 0; entry < this.#count; entry += 1) yield this.#keyAt(entry);
  }

  override *values(): MapIterator<number> {
    for (let entry = 0; entry < this.#count; entry += 1) yield this.#values[entry] as number;
  }

  override [Symbol.iterator](): MapIterator<[unknown, number]> {
    return this.entries();
  }

  /** The number of keys (a getter on the prototype below: `Map`'s own counts nothing here). */
  declare readonly size: number;

  #sizeOf(): number {
    return this.#count;
  }

  static {
    Object.defineProperty(KeyIndex.prototype, "size", {
      get(this: KeyIndex) {
        return this.#sizeOf();
      },
      configurable: true,
    });
  }

  /** The entry number of `key`, or a negative number when it is not in the index. */
  #entryOf(key: unknown): number {
    if (typeof key === "string") {
      const hash = hashOf(key);
      if (hash !== 0) return this.#find(key, hash);
    }
    return this.#wide.get(key) ?? -1;
  }

  /** The entry number of one-byte text `key` of hash `hash`, else -1 - the free slot where it goes. */
  #find(key: string, hash: number): number {
    const table = this.#table;
    const mask = this.#mask;
    const chars = this.#chars;
    const length = key.length;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = table[slot] as number;
      if (stored === 0) return -1 - slot;
      const entry = stored - 1;
      if (this.#hashes[entry] !== hash) continue;
      const start = this.#starts[entry] as number;
      if (this.#endOf(entry) - start !== length) continue;
      let i = 0;
      while (i < length && chars[start + i] === key.charCodeAt(i)) i += 1;
      if (i === length) return entry;
    }
  }

  #endOf(entry: number): number {
    return entry + 1 < this.#count ? (this.#starts[entry + 1] as number) : this.#used;
  }

  #keyAt(entry: number): unknown {
    if (this.#hashes[entry] === 0) return this.#wideKeys.get(entry);
    const start = this.#starts[entry] as number;
    const end = this.#endOf(entry);
    let text = "";
    for (let from = start; from < end; from += 4096)
      text += String.fromCharCode.apply(
        null,
        this.#chars.subarray(from, Math.min(end, from + 4096)) as never,
      );
    return text;
  }

  #addBytes(key: string, hash: number, slot: number, value: number): void {
    const start = this.#used;
    if (start + key.length > this.#chars.length) {
      const grown = new Uint8Array(Math.max(this.#chars.length * 2, start + key.length));
      grown.set(this.#chars.subarray(0, start));
      this.#chars = grown;
    }
    const chars = this.#chars;
    for (let i = 0; i < key.length; i += 1) chars[start + i] = key.charCodeAt(i);
    this.#used = start + key.length;
    this.#table[slot] = this.#add(start, hash, value) + 1;
    if (this.#count * 2 > this.#mask + 1) this.#rehash();
  }

  #addWide(key: unknown, value: number): void {
    const entry = this.#add(this.#used, 0, value);
    this.#wide.set(key, entry);
    this.#wideKeys.set(entry, key);
  }

  /** Adds an entry and returns its number. */
  #add(start: number, hash: number, value: number): number {
    const entry = this.#count;
    if (entry === this.#starts.length) {
      this.#starts = grow(this.#starts, new Int32Array(entry * 2));
      this.#hashes = grow(this.#hashes, new Int32Array(entry * 2));
      this.#values = grow(this.#values, new Float64Array(entry * 2));
    }
    this.#starts[entry] = start;
    this.#hashes[entry] = hash;
    this.#values[entry] = value;
    this.#count = entry + 1;
    return entry;
  }

  /** Doubles the table (or makes it `size` slots), placing every one-byte key again. */
  #rehash(size = (this.#mask + 1) * 2): void {
    const mask = size - 1;
    const table = new Int32Array(size);
    for (let entry = 0; entry < this.#count; entry += 1) {
      if (this.#hashes[entry] === 0) continue;
      let slot = (this.#hashes[entry] as number) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = entry + 1;
    }
    this.#table = table;
    this.#mask = mask;
  }
}

const initial = 256;

function grow<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * The hash of one-byte text (FNV-1a with MurmurHash3's finaliser), never 0; 0 when the text holds a
 * character above U+00FF (it is then kept as a wide key).
 */
function hashOf(text: string): number {
  let hash = 0x811c9dc5 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code > 0xff) return 0;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) | 1;
}
