/** A typed array the constructor of which can make one of a given length. */
type TypedArrayOf<T> = { new (length: number): T };

/**
 * A typed array filled one number at a time, doubling when full: a number per row at a fixed 4 or 8
 * bytes, where a plain array of a million numbers costs more and is copied again to be posted.
 */
export class GrowingArray<T extends Int32Array | Float64Array> {
  #array: T;
  #length = 0;
  readonly #make: TypedArrayOf<T>;

  constructor(make: TypedArrayOf<T>, capacity = 4096) {
    this.#make = make;
    this.#array = new make(capacity);
  }

  /** Adds a number at the end. */
  push(value: number): void {
    if (this.#length === this.#array.length) {
      const grown = new this.#make(this.#array.length * 2);
      grown.set(this.#array);
      this.#array = grown;
    }
    this.#array[this.#length] = value;
    this.#length += 1;
  }

  /** The numbers added, in a typed array of their own length (the builder is not to be used after). */
  take(): T {
    return this.#array.slice(0, this.#length) as T;
  }
}
