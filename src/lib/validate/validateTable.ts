import type { ValidateFunction } from "ajv";
import type { EncodingChoice } from "../csv/chunkDecoder.ts";
import type { CsvReaderOptions } from "../csv/csvReader.ts";
import { hasErrors, type Issue } from "../issue.ts";
import { duplicateRow } from "../rules/duplicateRow.ts";
import { foreignKey } from "../rules/foreignKey.ts";
import { primaryKey } from "../rules/primaryKey.ts";
import type { DatasetCheck, DatasetInfo, Emit, Rule, RuleEnvironment } from "../rules/rule.ts";
import { uniqueValues } from "../rules/uniqueValues.ts";
import { createAjv, lengthsAreExactInUtf16 } from "../schema/createAjv.ts";
import { fieldInfos } from "../schema/fieldInfo.ts";
import { foreignKeyTargets } from "../schema/foreignKeyTargets.ts";
import type { JsonSchema } from "../schema/jsonSchema.ts";
import { propertyValidators, validationContext } from "../schema/propertyValidators.ts";
import { primaryKeyOf } from "../schema/vocabulary.ts";
import { keyIndex } from "./keyIndex.ts";
import { readCsvDataset } from "./readCsvDataset.ts";
import { recordValidator } from "./recordValidator.ts";
import { sortIssues } from "./sortIssues.ts";

/** A single CSV file to validate on its own, the way Frictionless validates a table. */
export interface TableOptions {
  /** The file's name, shown in issues. */
  file: string;
  /** The file's bytes, whole or in chunks. */
  bytes: Uint8Array | AsyncIterable<Uint8Array>;
  /** A record schema (e.g. `fromTableSchema(tableSchema)`); without one, only the structure is checked. */
  schema?: JsonSchema;
  /** The delimiter (default: detected, without complaint). */
  delimiter?: CsvReaderOptions["delimiter"];
  /** Whether the first row is the header (default true). */
  header?: boolean;
  /** How to read the bytes (default: detected). */
  encoding?: EncodingChoice;
  /** Also flag rows repeated exactly (Frictionless' `duplicate-row` check). */
  duplicateRows?: boolean;
}

/** What validating one table found. */
export interface TableResult {
  valid: boolean;
  rows: number;
  issues: Issue[];
}

/**
 * Validates one CSV file with the project's reader, schema layer and key rules (primary key,
 * unique values, self-referencing foreign keys), without a catalog: the generic mode used to
 * compare the validator with Frictionless' own test cases.
 */
export async function validateTable(options: TableOptions): Promise<TableResult> {
  const issues: Issue[] = [];
  const table = "table";
  const schema: JsonSchema = options.schema ?? { $id: `${table}.schema.json`, type: "object" };
  const id = typeof schema.$id === "string" ? schema.$id : `${table}.schema.json`;
  const registry = new Map([[id, schema]]);
  const full = createAjv({ strict: false });
  const fast = createAjv({ strict: false, allErrors: false, unicode: !lengthsAreExactInUtf16([schema]) });
  full.addSchema(schema, id);
  fast.addSchema(schema, id);
  const properties = propertyValidators(fast, id, schema, validationContext([schema]));
  const key = primaryKeyOf(schema);
  const info: DatasetInfo = {
    name: table,
    entry: { name: table, path: options.file, schema: id, title: { id: table, en: table } },
    schema,
    format: "csv",
    fields: fieldInfos(schema, registry),
    references: foreignKeyTargets(schema, registry),
    ...(key === undefined ? {} : { primaryKey: key }),
  };
  const rules: Rule[] = [
    primaryKey,
    uniqueValues,
    foreignKey,
    ...(options.duplicateRows ? [duplicateRow] : []),
  ];
  const indexes = new Map<string, Map<unknown, number>>();
  const environment: RuleEnvironment = {
    datasets: new Map([[table, info]]),
    reference: {},
    registry,
    now: new Date(0),
    isComplete: () => false,
    keyIndex: (dataset, field) => keyIndex(indexes, dataset, field),
  };
  const runs = rules.map((rule) => rule.start(environment));
  const checks = runs.map((run) => run.dataset(info)).filter((c): c is DatasetCheck => c !== undefined);
  const emit: Emit = (found) => {
    issues.push(found);
  };
  const bytes = options.bytes;
  const rows = await readCsvDataset({
    info,
    io: {
      readFile: async () => (bytes instanceof Uint8Array ? bytes : new Uint8Array()),
      ...(bytes instanceof Uint8Array ? {} : { readChunks: () => bytes }),
    },
    validate: recordValidator(fast.getSchema(id) as ValidateFunction, full.getSchema(id) as ValidateFunction),
    ...(properties ? { properties } : {}),
    issues,
    onRecord: (context, columns) => {
      if (columns && !info.columns) (info as { columns?: ReadonlyMap<string, number> }).columns = columns;
      for (const check of checks) check.row(context, emit);
    },
    dialect: {
      delimiter: options.delimiter ?? "auto",
      ...(options.header === undefined ? {} : { header: options.header }),
      ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
    },
  });
  for (const check of checks) check.end?.(emit);
  for (const run of runs) run.end?.(emit);
  const sorted = sortIssues(issues, [{ path: options.file }]);
  return { valid: !hasErrors(sorted), rows, issues: sorted };
}
