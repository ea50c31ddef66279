import { clipText, maxQuotedLength } from "./text/clipText.ts";

/** How much a problem matters: errors block publishing, warnings are published in the quality report. */
export type Severity = "error" | "warning";

/**
 * One problem found in the data, as data: where it is, what rule it breaks, and the
 * parameters its bilingual message needs. Formatting happens later (see `messages/`).
 */
export interface Issue {
  /** Stable code, e.g. `type-error`; documented in docs/validation.md. */
  code: string;
  severity: Severity;
  /** File path relative to the data folder, e.g. `activities.csv`. */
  file: string;
  /** Dataset name from the catalog, when the file is a dataset. */
  dataset?: string;
  /** Row number as Frictionless counts it (header = 1); for JSON, the 1-based record number. */
  row?: number;
  /** 1-based line in the file where the record starts, when it differs from `row` (JSON). */
  line?: number;
  /** Field (column) name. */
  column?: string;
  /** 1-based column position in the CSV header. */
  columnNumber?: number;
  /** JSON pointer inside the record, for nested JSON values. */
  pointer?: string;
  /** The offending value, as written in the file (cut to 200 characters, ending in `…`, when longer). */
  value?: string;
  /** The value's full length in characters, when `value` was cut. */
  valueLength?: number;
  /** The rule that failed, e.g. `type: integer` or `x-foreignKey: organisations.id`. */
  rule: string;
  /** Values the message template needs. */
  params: Record<string, string | number>;
}

// Parameters come from schemas and messages; this only bounds one that quotes the data.
const maxParamLength = 4000;

/**
 * Builds an issue, defaulting severity to error and params to none. A long value or column name is
 * cut (see `clipText`), so a 10 MB cell neither stays in memory nor fills the report.
 */
export function issue(
  fields: Omit<Issue, "severity" | "params"> & Partial<Pick<Issue, "severity" | "params">>,
): Issue {
  const found: Issue = { severity: "error", params: {}, ...fields };
  if (found.value !== undefined && found.value.length > maxQuotedLength) {
    found.valueLength = found.value.length;
    found.value = clipText(found.value);
  }
  if (found.column !== undefined && found.column.length > maxQuotedLength)
    found.column = clipText(found.column);
  for (const [key, param] of Object.entries(found.params)) {
    if (typeof param === "string" && param.length > maxParamLength)
      found.params = { ...found.params, [key]: clipText(param, maxParamLength) };
  }
  return found;
}

/** Tells whether any issue blocks publishing. */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === "error");
}
