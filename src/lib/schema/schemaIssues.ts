import type { ErrorObject } from "ajv";
import { detached } from "../csv/detached.ts";
import { type Issue, issue } from "../issue.ts";
import type { FieldInfo } from "./fieldInfo.ts";
import { type ExpectedKind, localHabit } from "./localHabits.ts";
import { suggest } from "./suggest.ts";
import { partialDateFormat } from "./vocabulary.ts";

/** Where a record came from, so schema errors can say file, row and column. */
export interface RecordLocation {
  file: string;
  dataset: string;
  row: number;
  /** Column numbers by name, for CSV files. */
  columns?: ReadonlyMap<string, number>;
  /** The record's values as written in the file (CSV cells), for quoting the offending value. */
  raw?: Readonly<Record<string, string>>;
  /** The dataset's fields, to recognise dates and give specific hints. */
  fields?: ReadonlyMap<string, FieldInfo>;
}

// ajv keywords whose errors are grouped under a stable code of ours.
const codeByKeyword: Readonly<Record<string, string>> = {
  required: "required",
  type: "type-error",
  enum: "enum",
  const: "enum",
  pattern: "pattern",
  format: "format",
  minimum: "range",
  maximum: "range",
  exclusiveMinimum: "range",
  exclusiveMaximum: "range",
  minLength: "length",
  maxLength: "length",
  minItems: "list-length",
  maxItems: "list-length",
  uniqueItems: "list-duplicate",
  additionalProperties: "unknown-field",
};

/**
 * Turns ajv's errors for one record into located issues, one per problem. A value written in an
 * Indonesian habit gets a specific code and the machine form (`1.000,5` → `1000.5`), and a value
 * outside an enum gets the allowed value it most likely meant.
 */
export function schemaIssues(
  errors: readonly ErrorObject[],
  location: RecordLocation,
  record: unknown,
): Issue[] {
  const issues: Issue[] = [];
  // A date that breaks both the shared pattern and the calendar check is one problem, not two.
  const formatPaths = new Set(errors.filter((e) => e.keyword === "format").map((e) => e.instancePath));
  const seen = new Set<string>();
  for (const error of errors) {
    if (error.keyword === "pattern" && formatPaths.has(error.instancePath)) continue;
    // `if`/`then` and composition errors repeat a more precise error reported beside them.
    if (error.keyword === "if" || error.keyword === "anyOf" || error.keyword === "oneOf") continue;
    const segments = error.instancePath.split("/").slice(1).map(unescapePointer);
    let field = segments[0];
    let pointer = error.instancePath;
    if (error.keyword === "required") {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      if (field === undefined) field = missing;
      pointer = `${error.instancePath}/${missing}`;
    }
    if (error.keyword === "dependentRequired") {
      // The field that is present and needs another one.
      const present = String((error.params as { property: string }).property);
      if (field === undefined) field = present;
      pointer = `${error.instancePath}/${present}`;
    }
    if (error.keyword === "additionalProperties") {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
      if (field === undefined) field = extra;
      pointer = `${error.instancePath}/${extra}`;
    }
    const value = valueAt(record, pointer);
    const params: Record<string, string | number> = { keyword: error.keyword };
    for (const [key, param] of Object.entries(error.params as Record<string, unknown>)) {
      params[key] = Array.isArray(param) ? param.join(", ") : String(param);
    }
    if (error.keyword === "enum")
      params.allowedValues = (error.params as { allowedValues: unknown[] }).allowedValues.join(", ");
    const rawCell = field === undefined ? undefined : location.raw?.[field];
    const columnNumber = field === undefined ? undefined : location.columns?.get(field);
    let code = codeByKeyword[error.keyword] ?? "schema";
    const info = field === undefined ? undefined : location.fields?.get(field);
    const expected = expectedKind(error, info);
    if (expected && typeof value === "string") {
      const habit = localHabit(value, expected);
      if (habit) {
        code = habit.code;
        if (habit.suggestion !== undefined) params.suggestion = habit.suggestion;
        if (habit.readAs !== undefined) params.readAs = habit.readAs;
      }
    }
    if (error.keyword === "enum" && typeof value === "string") {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const meant = suggest(value, allowed);
      if (meant !== undefined) params.suggestion = meant;
    }
    const key = `${code}|${pointer}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(
      issue({
        code,
        file: location.file,
        dataset: location.dataset,
        row: location.row,
        ...(field === undefined ? {} : { column: field }),
        ...(columnNumber === undefined ? {} : { columnNumber }),
        ...(location.columns === undefined && pointer !== "" ? { pointer } : {}),
        ...(value === undefined
          ? rawCell === undefined
            ? {}
            : { value: detached(rawCell) }
          : { value: detached(display(value)) }),
        rule: `${error.keyword}${ruleDetail(error)}`,
        params,
      }),
    );
  }
  return issues;
}

function expectedKind(error: ErrorObject, info: FieldInfo | undefined): ExpectedKind | undefined {
  if (error.keyword === "type") {
    const type = String((error.params as { type: unknown }).type);
    if (type === "number" || type === "integer" || type === "boolean") return type;
    return undefined;
  }
  if (error.keyword === "format" && (error.params as { format: unknown }).format === partialDateFormat)
    return "date";
  if (error.keyword === "pattern" && info?.isDate) return "date";
  return undefined;
}

function ruleDetail(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "type":
      return `: ${String(p.type)}`;
    case "format":
      return `: ${String(p.format)}`;
    case "pattern":
      return `: ${String(p.pattern)}`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
    case "minLength":
    case "maxLength":
    case "minItems":
    case "maxItems":
      return `: ${String(p.limit)}`;
    default:
      return "";
  }
}

function unescapePointer(segment: string): string {
  return segment.replaceAll("~1", "/").replaceAll("~0", "~");
}

function valueAt(record: unknown, pointer: string): unknown {
  let current = record;
  for (const segment of pointer.split("/").slice(1).map(unescapePointer)) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function display(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((v) => typeof v !== "object")) return value.join(";");
  return JSON.stringify(value);
}
