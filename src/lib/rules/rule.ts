import type { CatalogEntry } from "../catalog.ts";
import { detached } from "../csv/detached.ts";
import { type Issue, issue, type Severity } from "../issue.ts";
import type { Bilingual } from "../model.ts";
import type { Reference } from "../reference/referenceList.ts";
import type { FieldInfo } from "../schema/fieldInfo.ts";
import type { JsonSchema, SchemaRegistry } from "../schema/jsonSchema.ts";
import { KeyIndex } from "./keyIndex.ts";

/** A dataset as the rules see it: its catalog entry, schema and resolved fields. */
export interface DatasetInfo {
  name: string;
  entry: CatalogEntry;
  schema: JsonSchema;
  format: "csv" | "json";
  fields: ReadonlyMap<string, FieldInfo>;
  /** Every `x-foreignKey` target the schema declares, at any depth (`sources.id`, `ref:countries`). */
  references: ReadonlySet<string>;
  /** The primary key field (`x-primaryKey`). */
  primaryKey?: string;
  /** Column numbers by name (CSV only), known once the header has been read. */
  columns?: ReadonlyMap<string, number>;
}

/** One record being checked, with where it came from. */
export interface RowContext {
  dataset: DatasetInfo;
  record: Record<string, unknown>;
  /** Row number (CSV, header = 1) or 1-based record number (JSON). */
  row: number;
  /** The CSV cells as written, in header order (CSV only). */
  cells?: readonly string[];
  /**
   * The typed value of each CSV column, in header order (CSV only): what `record` holds under the
   * column's name, `undefined` for an empty cell or a column the schema does not know. Reading it
   * (see `fieldValue`) spares building the record.
   */
  values?: readonly unknown[];
  /**
   * `hashRow(cells, k)` where `k` is the column of the dataset's `primaryKey` (CSV only), when the
   * reader has computed it (a worker thread does, beside parsing).
   */
  fingerprint?: number;
  /**
   * What the row's cells may hold (`screenBits` of `csv/rowScreen.ts`), when the reader screened it (a
   * worker does, beside parsing): a rule that looks for what a clear bit rules out skips the row.
   */
  screen?: number;
}

/** Reads one field of a row (see `fieldValue`). */
export type FieldValue = (context: RowContext) => unknown;

/**
 * Returns how to read a field of a dataset's rows: from the column's typed value in a CSV row
 * (found once, when the first row is read), else from the record.
 */
export function fieldValue(info: DatasetInfo, name: string): FieldValue {
  let index: number | undefined;
  return (context) => {
    const { values } = context;
    if (values === undefined) return context.record[name];
    index ??= (info.columns?.get(name) ?? 0) - 1;
    return index < 0 ? undefined : values[index];
  };
}

/** Receives the issues a rule finds. */
export type Emit = (found: Issue) => void;

/** What every rule can see: the schemas, the reference lists, the clock and the datasets. */
export interface RuleEnvironment {
  datasets: ReadonlyMap<string, DatasetInfo>;
  reference: Reference;
  registry: SchemaRegistry;
  /** The build's date (injectable for tests). */
  now: Date;
  /** Tells whether every row of a dataset has already been seen (datasets are read in dependency order). */
  isComplete(dataset: string): boolean;
  /**
   * The values of a dataset field seen so far, each with the first row it was seen in, shared by the
   * rules that need them (primary key, references), so large key sets are kept once.
   */
  keyIndex(dataset: string, field: string): Map<unknown, number>;
}

/** Records a value in a key index and returns the row it was first seen in (this row when it is new). */
export function firstRowOf(index: Map<unknown, number>, value: unknown, row: number): number {
  if (!(index instanceof KeyIndex)) {
    const first = index.get(value);
    if (first !== undefined) return first;
    index.set(typeof value === "string" ? detached(value) : value, row);
    return row;
  }
  if (index.lastFirst > 0 && index.lastValue === value) return index.lastFirst;
  const first = index.getOrSet(value, row);
  index.lastValue = value;
  index.lastFirst = first;
  return first;
}

/** A rule's checks for one dataset: called for each row, then once at the end of the dataset. */
export interface DatasetCheck {
  /**
   * Told before the rows of a large file how many it holds, about (an estimate from its start): a check
   * whose tables grow with the rows may make them that large at once.
   */
  reserve?(rows: number): void;
  row(context: RowContext, emit: Emit): void;
  end?(emit: Emit): void;
}

/** A rule's state over one validation run. */
export interface RuleRun {
  /** The checks for a dataset, or `undefined` when the rule has nothing to do there. */
  dataset(info: DatasetInfo): DatasetCheck | undefined;
  /** Called once after every dataset has been read. */
  end?(emit: Emit): void;
}

/**
 * A data rule beyond the JSON Schema, written as a definition object and registered in
 * `registry.ts`. Rules stream: they see each row once, in dependency order, and keep only what they
 * need (keys, small lookups), so memory does not grow with the rows.
 */
export interface Rule {
  /** Stable code of the issues it reports. */
  code: string;
  severity: Severity;
  /** What it checks, in Bahasa Indonesia and English (quality report, docs). */
  description: Bilingual;
  /** Tells whether the rule checks anything in a dataset (for the quality report's list of checks). */
  appliesTo(info: DatasetInfo): boolean;
  start(environment: RuleEnvironment): RuleRun;
  /**
   * How the rule runs when a large CSV file is checked in byte ranges on several threads
   * (`validate/csvRanges.ts`). Without it, a dataset the rule checks is read in one thread.
   */
  ranges?: RangeRole;
}

/** Where a rule's row checks run when a CSV file is split into byte ranges (see `Rule.ranges`). */
export interface RangeRole {
  /**
   * Each range's thread runs the row checks: they need only the row, the reference lists, the clock
   * and the keys of datasets already read, and the check has no `end`.
   */
  inRange: boolean;
  /**
   * The columns whose typed values (with each row's number and fingerprint) the calling thread needs
   * to run the row checks itself, in row order, on those columns only (keys, duplicates, references
   * to records not read yet); `undefined` when this dataset cannot be split for the rule.
   */
  replay?(
    info: DatasetInfo,
    environment: Pick<RuleEnvironment, "datasets" | "isComplete">,
  ): string[] | undefined;
}

/** The role of a rule whose row checks look at one row at a time (see `RangeRole`). */
export const rowLocal: RangeRole = { inRange: true };

/** Builds a located issue about one field of a row (column number for CSV, JSON pointer for JSON). */
export function fieldIssue(
  context: Pick<RowContext, "dataset" | "row">,
  fields: {
    code: string;
    severity: Severity;
    column: string;
    pointer?: string;
    value?: string;
    rule: string;
    params?: Issue["params"];
  },
): Issue {
  const { dataset } = context;
  const columnNumber = dataset.columns?.get(fields.column);
  const pointer = dataset.format === "json" ? (fields.pointer ?? `/${fields.column}`) : undefined;
  return locatedIssue(context, fields, {
    column: fields.column,
    ...(columnNumber === undefined ? {} : { columnNumber }),
    ...(pointer === undefined ? {} : { pointer }),
  });
}

/** Builds a located issue about a whole row. */
export function rowIssue(
  context: Pick<RowContext, "dataset" | "row">,
  fields: { code: string; severity: Severity; rule: string; value?: string; params?: Issue["params"] },
): Issue {
  return locatedIssue(context, fields, {});
}

/** An issue at a row of a dataset, and at a place in it (`cell`: column, column number, pointer) if any. */
function locatedIssue(
  context: Pick<RowContext, "dataset" | "row">,
  fields: { code: string; severity: Severity; rule: string; value?: string; params?: Issue["params"] },
  cell: Pick<Issue, "column" | "columnNumber" | "pointer">,
): Issue {
  const { dataset, row } = context;
  return issue({
    code: fields.code,
    severity: fields.severity,
    file: dataset.entry.path,
    dataset: dataset.name,
    row,
    ...cell,
    ...(fields.value === undefined ? {} : { value: detached(fields.value) }),
    rule: fields.rule,
    params: fields.params ?? {},
  });
}
