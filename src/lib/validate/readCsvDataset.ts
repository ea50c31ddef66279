import type { ErrorObject } from "ajv";
import type { DataValidationCxt } from "ajv/dist/types/index.js";
import type { EncodingChoice } from "../csv/chunkDecoder.ts";
import type { CsvHandlers, CsvReaderOptions } from "../csv/csvReader.ts";
import {
  type CsvChunkReader,
  type CsvReadOptions,
  type CsvReadResult,
  csvReaderInThread,
} from "../csv/readCsvChunks.ts";
import { type Issue, issue } from "../issue.ts";
import type { DatasetInfo, RowContext } from "../rules/rule.ts";
import type { FieldInfo } from "../schema/fieldInfo.ts";
import type { PropertyValidators } from "../schema/propertyValidators.ts";
import { schemaIssues } from "../schema/schemaIssues.ts";
import { suggest } from "../schema/suggest.ts";
import { isFreeText } from "../schema/vocabulary.ts";
import { type ChunkedFolderIO, chunksOf } from "./chunkedIO.ts";
import { ColumnReader, worthRemembering } from "./columnReader.ts";
import { CsvRow, recordOf } from "./csvRow.ts";
import type { IssueSink } from "./issueSink.ts";
import { readIssue } from "./readDataFile.ts";

/** What a dataset reader needs: the dataset, where to read it, how to validate a record and where issues go. */
export interface DatasetReadArgs {
  info: DatasetInfo;
  io: ChunkedFolderIO;
  validate: (record: unknown) => readonly ErrorObject[] | undefined;
  /**
   * The record schema split by property (CSV): a row whose values all pass is valid without its
   * record being built or validated whole; the others go through `validate` for their errors.
   */
  properties?: PropertyValidators;
  issues: IssueSink;
  /** Receives each record after schema validation (and the CSV column numbers). */
  onRecord: (context: RowContext, columns?: ReadonlyMap<string, number>) => void;
  /** How the CSV is written, when it is not the project's convention (comma, header row, detected encoding). */
  dialect?: Pick<CsvReaderOptions, "delimiter" | "header"> & { encoding?: EncodingChoice };
  /** How the file is decoded and parsed (default: in this thread). */
  csvReader?: CsvChunkReader;
  /** The most structure issues of a code the reader keeps (the sink's limit); the rest are counted. */
  issueLimit?: number;
  /**
   * Let rows with the same cell text share its value (a list read once), when no record is kept:
   * rules must not change `values`.
   */
  shareValues?: boolean;
}

/**
 * Streams a CSV dataset chunk by chunk: decodes it, checks its structure and header, turns each
 * row into a typed record driven by the schema, validates it and hands it on. Returns the number
 * of data rows.
 */
export async function readCsvDataset(args: DatasetReadArgs): Promise<number> {
  const { info, io, validate, properties, issues, onRecord, dialect = {} } = args;
  const { entry, fields } = info;
  const file = entry.path;
  const located = (found: Issue): Issue => ({ ...found, dataset: entry.name });
  const columns = new Map<string, number>();
  // The schema field read from each column, and how each column's values are checked.
  let plan: Array<FieldInfo | undefined> = [];
  let readers: Array<ColumnReader | undefined> = [];
  let presence: RowPresence | undefined;
  // A required column missing from the header is reported once, not once per row.
  const absentRequired = new Set<string>();

  const options: CsvReadOptions = {
    file,
    ...(args.issueLimit === undefined ? {} : { issueLimit: args.issueLimit }),
    ...(dialect.delimiter === undefined ? {} : { delimiter: dialect.delimiter }),
    ...(dialect.header === undefined ? {} : { header: dialect.header }),
    ...(dialect.encoding === undefined ? {} : { encoding: dialect.encoding }),
    // A parser in another thread has time to spare: it fingerprints the rows for the duplicate-row check
    // and screens them for the per-value text rules (see csv/rowScreen.ts).
    ...(args.csvReader?.parallel
      ? {
          fingerprint: info.primaryKey === undefined ? {} : { without: info.primaryKey },
          screen: { textColumns: freeTextFields(info) },
        }
      : {}),
  };
  const handlers: CsvHandlers = {
    onHeader(names) {
      names.forEach((name, index) => {
        if (name !== "" && !columns.has(name)) columns.set(name, index + 1);
      });
      // The first of two columns with the same name is the one read.
      plan = names.map((name, index) => (columns.get(name) === index + 1 ? fields.get(name) : undefined));
      const share = args.shareValues === true;
      readers = plan.map((field) => {
        if (field === undefined) return undefined;
        const check = properties?.byName.get(field.name);
        const context = properties?.context;
        const validate =
          check &&
          (context
            ? (value: unknown) => check(value, context as DataValidationCxt)
            : (value: unknown) => check(value));
        return new ColumnReader(field.read, validate, { remember: worthRemembering(field.node), share });
      });
      // Every column must have its validator for a row to be checked column by column.
      const complete = plan.every((field) => field === undefined || properties?.byName.has(field.name));
      presence = properties && complete ? rowPresence(properties, columns) : undefined;
      // A table without a schema has no columns to compare the header with.
      const described = info.schema.properties !== undefined;
      for (const found of described ? headerIssues(info, names) : []) {
        if (found.code === "missing-column" && found.column) absentRequired.add(found.column);
        issues.push(found);
      }
    },
    onRow(cells, row, fingerprint, screen) {
      const values = new Array<unknown>(plan.length);
      // Without property validators the whole record is validated, as JSON records are.
      let valid = presence !== undefined;
      const width = Math.min(plan.length, cells.length);
      for (let index = 0; index < width; index += 1) {
        const reader = readers[index];
        const text = cells[index];
        if (reader === undefined || text === undefined || text === "") continue;
        const value = reader.read(text);
        if (value === undefined) continue;
        values[index] = value;
        if (!reader.valid) valid = false;
      }
      if (valid && !(presence as RowPresence)(values)) valid = false;
      const record = valid ? undefined : recordOf(plan, values);
      const errors = record === undefined ? undefined : validate(record);
      if (errors) {
        const raw: Record<string, string> = {};
        for (const [name, number] of columns) {
          const text = cells[number - 1];
          if (text !== undefined && text !== "") raw[name] = text;
        }
        const location = { file, dataset: entry.name, row, columns, raw, fields };
        for (const found of schemaIssues(errors, location, record)) {
          if (found.code === "required" && found.column && absentRequired.has(found.column)) continue;
          issues.push(found);
        }
      }
      onRecord(new CsvRow(info, row, cells, values, plan, record, fingerprint, screen), columns);
    },
  };

  let read: CsvReadResult;
  try {
    read = await (args.csvReader ?? csvReaderInThread).read(chunksOf(io, file), options, handlers);
  } catch (error) {
    issues.push(readIssue(error, { file, dataset: entry.name, rule: "catalog: every dataset file exists" }));
    return 0;
  }
  const { structure, encoding } = read;
  if (encoding.notUtf8) {
    issues.push(
      issue({
        code: "encoding",
        file,
        dataset: entry.name,
        ...(encoding.invalidLine === undefined ? {} : { row: encoding.invalidLine }),
        ...(encoding.invalidByte === undefined ? {} : { value: encoding.invalidByte }),
        rule: "encoding: UTF-8",
        params: { byte: encoding.invalidByte ?? "", offset: encoding.invalidOffset ?? 0 },
      }),
    );
  }
  for (const found of structure.issues) issues.push(located(found));
  for (const { like, count } of structure.omitted) issues.skip?.(located(like), count);
  return structure.rowCount;
}

/** The names of a dataset's free-text fields (lists of free text included). */
function freeTextFields(info: DatasetInfo): string[] {
  return [...info.fields.values()]
    .filter((field) => isFreeText(field.type === "array" ? (field.items ?? {}) : field.node))
    .map((field) => field.name);
}

/** Compares a CSV header with the schema: unknown columns and missing required columns. */
function headerIssues(info: DatasetInfo, names: readonly string[]): Issue[] {
  const { entry, schema, fields } = info;
  const found: Issue[] = [];
  names.forEach((name, index) => {
    if (name === "" || fields.has(name)) return;
    found.push(
      issue({
        code: "unknown-column",
        file: entry.path,
        dataset: entry.name,
        row: 1,
        column: name,
        columnNumber: index + 1,
        value: name,
        rule: "header: columns are schema fields",
        params: {
          expected: [...fields.keys()].join(", "),
          ...withSuggestion(
            suggest(
              name,
              [...fields.keys()].filter((known) => !names.includes(known)),
            ),
          ),
        },
      }),
    );
  });
  for (const required of schema.required ?? []) {
    if (names.includes(required)) continue;
    found.push(
      issue({
        code: "missing-column",
        file: entry.path,
        dataset: entry.name,
        row: 1,
        column: required,
        rule: "header: required columns are present",
        params: {},
      }),
    );
  }
  return found;
}

function withSuggestion(suggestion: string | undefined): { suggestion?: string } {
  return suggestion === undefined ? {} : { suggestion };
}

/** Tells whether a row's values (by column) hold every required property and every `dependentRequired` one. */
type RowPresence = (values: readonly unknown[]) => boolean;

function rowPresence(properties: PropertyValidators, columns: ReadonlyMap<string, number>): RowPresence {
  // A property without a column is never present.
  const at = (name: string) => (columns.get(name) ?? 0) - 1;
  const required = properties.required.map(at);
  const dependencies = properties.dependentRequired.map(
    ([name, needed]) => [at(name), needed.map(at)] as const,
  );
  const has = (values: readonly unknown[], index: number) => index >= 0 && values[index] !== undefined;
  return (values) => {
    for (const index of required) if (!has(values, index)) return false;
    for (const [index, needed] of dependencies) {
      if (has(values, index) && !needed.every((other) => has(values, other))) return false;
    }
    return true;
  };
}
