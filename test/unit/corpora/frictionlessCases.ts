import type { Issue } from "../../../src/lib/issue.ts";
import { codeDefinition } from "../../../src/lib/messages/messages.ts";
import { fromTableSchema, type TableSchema } from "../../../src/lib/schema/fromTableSchema.ts";
import { type TableOptions, validateTable } from "../../../src/lib/validate/validateTable.ts";
import { corpusBytes, corpusJson } from "./corpora.ts";

/** A Frictionless error as the corpus writes it. */
export interface ExpectedError {
  type: string;
  rowNumber: number | null;
  fieldNumber?: number | null;
}

/** One Frictionless case, run through `validateTable`, with why it is or is not supported. */
export interface FrictionlessCase {
  name: string;
  supported: boolean;
  reason?: string;
  expected: ExpectedError[];
  run(): Promise<ExpectedError[]>;
}

/** The Frictionless error types the project reports (through its own codes). */
export const supportedTypes = new Set([
  "blank-label",
  "duplicate-label",
  "missing-label",
  "extra-label",
  "blank-row",
  "extra-cell",
  "missing-cell",
  "type-error",
  "constraint-error",
  "unique-error",
  "primary-key",
  "foreign-key",
  "encoding-error",
  "source-error",
  "duplicate-row",
]);

const labelTypes = new Set(["blank-label", "duplicate-label", "missing-label", "extra-label"]);
const rowTypes = new Set([
  "blank-row",
  "primary-key",
  "foreign-key",
  "duplicate-row",
  "source-error",
  "encoding-error",
]);

/** Maps an issue to the Frictionless error it corresponds to (type, row, field) as Frictionless places it. */
export function asFrictionless(found: Issue): ExpectedError {
  const type = codeDefinition(found.code).frictionless;
  return {
    type,
    rowNumber:
      labelTypes.has(type) || type === "encoding-error" || type === "source-error"
        ? null
        : (found.row ?? null),
    fieldNumber: rowTypes.has(type) ? null : (found.columnNumber ?? null),
  };
}

/** Writes an error as `type@row:field` for comparisons. */
export function key(error: ExpectedError): string {
  return `${error.type}@${error.rowNumber ?? "-"}:${error.fieldNumber ?? "-"}`;
}

interface CaseOptions {
  schema?: string | TableSchema;
  delimiter?: string;
  header?: boolean;
  encoding?: string;
  checks?: Array<{ type: string }>;
  limitErrors?: number;
  pickErrors?: string[];
  skipErrors?: string[];
  schemaSync?: boolean;
}

const data = "frictionless/data/";

function tableOptions(file: string, bytes: Uint8Array, options: CaseOptions): TableOptions {
  const schema =
    options.schema === undefined
      ? undefined
      : fromTableSchema(
          typeof options.schema === "string"
            ? corpusJson<TableSchema>(`${data}${options.schema}`)
            : options.schema,
        );
  return {
    file,
    bytes,
    ...(schema ? { schema } : {}),
    ...(options.delimiter ? { delimiter: options.delimiter as TableOptions["delimiter"] } : {}),
    ...(options.header === undefined ? {} : { header: options.header }),
    ...(options.encoding
      ? { encoding: options.encoding === "latin1" ? "latin1" : (options.encoding as "utf-8" | "ascii") }
      : {}),
    duplicateRows: (options.checks ?? []).some((c) => c.type === "duplicate-row"),
  };
}

async function runCase(file: string, bytes: Uint8Array, options: CaseOptions): Promise<ExpectedError[]> {
  const result = await validateTable(tableOptions(file, bytes, options));
  let errors = result.issues.map(asFrictionless);
  if (options.pickErrors) {
    const picks = options.pickErrors;
    errors = errors.filter(
      (e) => picks.includes(e.type) || (picks.includes("#row") && !labelTypes.has(e.type)),
    );
  }
  if (options.skipErrors) errors = errors.filter((e) => !options.skipErrors?.includes(e.type));
  if (options.limitErrors !== undefined) errors = errors.slice(0, options.limitErrors);
  return errors;
}

function unsupportedOption(options: CaseOptions): string | undefined {
  const checks = (options.checks ?? []).map((c) => c.type).filter((t) => t !== "duplicate-row");
  if (checks.length > 0) return `check ${checks.join(", ")} is not part of the project`;
  if (options.encoding && !["utf-8", "latin1", "ascii"].includes(options.encoding))
    return `encoding ${options.encoding}`;
  return undefined;
}

/** Reads every case of `expected.json` and `expected-with-options.json` into runnable cases. */
export function frictionlessCases(): FrictionlessCase[] {
  const cases: FrictionlessCase[] = [];
  const defaults = corpusJson<Record<string, ExpectedError[]>>("frictionless/expected.json");
  for (const [file, expected] of Object.entries(defaults)) {
    if (file === "_about") continue;
    cases.push(build(`default: ${file}`, file, expected, {}));
  }
  const withOptions = corpusJson<{
    fileCases: Array<{
      file: string;
      kind?: string;
      options?: CaseOptions;
      errors: ExpectedError[] | null;
      valid: boolean | null;
    }>;
    inlineCases: Array<{ name: string; data: unknown[][]; options: CaseOptions; errors: ExpectedError[] }>;
  }>("frictionless/expected-with-options.json");
  withOptions.fileCases.forEach((c, index) => {
    const name = `options #${index + 1}: ${c.file} ${JSON.stringify(c.options ?? {})}`;
    if (c.kind) {
      cases.push({
        name,
        supported: false,
        reason: `${c.kind} validation (data packages and descriptors are not validated)`,
        expected: [],
        run: async () => [],
      });
      return;
    }
    if (c.errors === null || c.valid === null) {
      cases.push({
        name,
        supported: false,
        reason: "the case asserts no errors (parse-only expectations)",
        expected: [],
        run: async () => [],
      });
      return;
    }
    cases.push(build(name, c.file, c.errors, c.options ?? {}));
  });
  for (const c of withOptions.inlineCases) {
    const text = c.data
      .map((row) => row.map((cell) => (cell === null ? "" : String(cell))).join(","))
      .join("\n");
    cases.push(
      build(`inline: ${c.name}`, `${c.name}.csv`, c.errors, c.options, new TextEncoder().encode(`${text}\n`)),
    );
  }
  return cases;
}

function build(
  name: string,
  file: string,
  expected: ExpectedError[],
  options: CaseOptions,
  bytes?: Uint8Array,
): FrictionlessCase {
  const unknownTypes = expected.map((e) => e.type).filter((t) => !supportedTypes.has(t));
  const optionProblem = unsupportedOption(options);
  const reason =
    unknownTypes.length > 0
      ? `error type ${[...new Set(unknownTypes)].join(", ")} is not reported`
      : optionProblem;
  return {
    name,
    supported: reason === undefined,
    ...(reason === undefined ? {} : { reason }),
    expected,
    run: () => runCase(file, bytes ?? corpusBytes(`${data}${file}`), options),
  };
}
