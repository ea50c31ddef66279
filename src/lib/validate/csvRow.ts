import type { DatasetInfo, RowContext } from "../rules/rule.ts";
import type { FieldInfo } from "../schema/fieldInfo.ts";

/**
 * A CSV row as the rules see it: its cells, the typed value of each column and the record, which is
 * built only when something asks for it (most rules read `values`, so valid rows of a large file
 * never become objects).
 */
export class CsvRow implements RowContext {
  readonly dataset: DatasetInfo;
  readonly row: number;
  readonly cells: readonly string[];
  readonly values: readonly unknown[];
  readonly fingerprint?: number;
  readonly screen?: number;
  readonly #fields: ReadonlyArray<FieldInfo | undefined>;
  #record: Record<string, unknown> | undefined;

  constructor(
    dataset: DatasetInfo,
    row: number,
    cells: readonly string[],
    values: readonly unknown[],
    fields: ReadonlyArray<FieldInfo | undefined>,
    record?: Record<string, unknown>,
    fingerprint?: number,
    screen?: number,
  ) {
    this.dataset = dataset;
    this.row = row;
    this.cells = cells;
    this.values = values;
    this.#fields = fields;
    this.#record = record;
    if (fingerprint !== undefined) this.fingerprint = fingerprint;
    if (screen !== undefined) this.screen = screen;
  }

  /** The typed record: the fields that have a value, in header order. */
  get record(): Record<string, unknown> {
    this.#record ??= recordOf(this.#fields, this.values);
    return this.#record;
  }
}

/**
 * Builds the typed record of a CSV row from its values by column (`fields[i]` is the schema field
 * read from column `i`, if any): unknown values are absent, never `undefined` or 0.
 */
export function recordOf(
  fields: ReadonlyArray<FieldInfo | undefined>,
  values: readonly unknown[],
): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (let index = 0; index < fields.length; index += 1) {
    const field = fields[index];
    const value = values[index];
    if (field !== undefined && value !== undefined) record[field.name] = value;
  }
  return record;
}
