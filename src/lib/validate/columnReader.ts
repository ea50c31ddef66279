import { detached } from "../csv/detached.ts";
import type { CellReader } from "../schema/cellReader.ts";
import type { JsonSchema } from "../schema/jsonSchema.ts";
import { isVocabularyKeyword } from "../schema/vocabulary.ts";

/** How a column reader works: whether it remembers per cell text, and whether rows may share values. */
export interface ColumnReaderOptions {
  /** Remember each text's verdict (and value): worth it for costly schemas (see `worthRemembering`). */
  remember: boolean;
  /**
   * Hand the same value (the same list) to every row with the same text, read once: only where no
   * record is kept, since rows then share their lists. A shared list is frozen: rules may tell it apart.
   */
  share: boolean;
}

// Only short texts are remembered (codes, dates, lists of ids); long free text is rarely repeated.
const longestRemembered = 64;
const mostRemembered = 4096;
// After this many look-ups, a column that has found fewer than one in four of its texts stops remembering.
const trial = 1024;

interface Remembered {
  value: unknown;
  valid: boolean;
}

/**
 * Reads one CSV column's cells as their schema type and checks each value against the property's
 * validator. The value is read from the text by a fixed reader, so the same text always gets the same
 * value and verdict: a column of codes, dates or lists remembers them per text and skips both the
 * reading and the validator; a column of unique values (ids) gives up remembering after a trial.
 */
export class ColumnReader {
  /** Whether the value last read passes its property's schema (`true` without a validator or a value). */
  valid = true;
  readonly #read: CellReader;
  readonly #validate: ((value: unknown) => boolean) | undefined;
  readonly #share: boolean;
  #known: Map<string, Remembered> | undefined;
  #lookups = 0;
  #hits = 0;

  constructor(
    read: CellReader,
    validate: ((value: unknown) => boolean) | undefined,
    options: ColumnReaderOptions,
  ) {
    this.#read = read;
    this.#validate = validate;
    this.#share = options.share;
    if (options.remember && validate !== undefined) this.#known = new Map();
  }

  /** Reads a cell's text as its value (`undefined` for blank text) and sets `valid`. */
  read(text: string): unknown {
    const known = this.#known;
    if (known === undefined || text.length > longestRemembered) return this.#fresh(text);
    this.#lookups += 1;
    const remembered = known.get(text);
    if (remembered !== undefined) {
      this.#hits += 1;
      this.valid = remembered.valid;
      return this.#share ? remembered.value : this.#read(text);
    }
    if (this.#lookups >= trial && this.#hits * 4 < this.#lookups) this.#known = undefined;
    const value = this.#fresh(text);
    if (this.#known !== undefined && known.size < mostRemembered)
      known.set(detached(text), { value: this.#share ? shared(value) : undefined, valid: this.valid });
    return value;
  }

  #fresh(text: string): unknown {
    const value = this.#read(text);
    this.valid = value === undefined || this.#validate === undefined || this.#validate(value);
    return value;
  }
}

// A value to keep across rows: its text must not keep the chunk it was cut from alive.
function kept(value: unknown): unknown {
  if (typeof value === "string") return detached(value);
  return Array.isArray(value) ? value.map(kept) : value;
}

// A value handed to every row with the same text: frozen, so that no rule can change it for the others,
// and so that a rule can tell a shared list (worth remembering things about) from a list of one row.
function shared(value: unknown): unknown {
  const copy = kept(value);
  return Array.isArray(copy) ? Object.freeze(copy) : copy;
}

/**
 * Tells whether a property's schema (`$ref`s followed) costs more to read and check than a look-up
 * of the cell text: lists, formats, long enums and references further in (a type, a length, a
 * pattern or a short enum is cheaper to check again than to look up).
 */
export function worthRemembering(node: JsonSchema): boolean {
  for (const [keyword, value] of Object.entries(node)) {
    if (keyword === "format" || keyword === "items" || keyword === "$ref") return true;
    if (keyword === "enum" && Array.isArray(value) && value.length > 16) return true;
    if (isVocabularyKeyword(keyword) || keyword === "examples" || keyword === "default") continue;
    if (typeof value === "object" && value !== null && worthRemembering(value as JsonSchema)) return true;
  }
  return false;
}
