import type { Issue } from "../issue.ts";
import { codeDefinition, formatIssue } from "../messages/messages.ts";
import type { Lang } from "../model.ts";
import { invisibleBeyondC0Pattern } from "../text/invisibleCharacters.ts";
import type { ReportFormat, ReportInput } from "./reportFormat.ts";

/** One problem in the Frictionless report shape, with the project's code, severity, rule and fix added. */
export interface JsonReportError {
  /** Frictionless error type (`type-error`, `blank-row`, `foreign-key`…). */
  type: string;
  /** The project's stable code (finer than the Frictionless type). */
  code: string;
  severity: Issue["severity"];
  message: string;
  /** How to fix it (Frictionless puts details in `note`). */
  note: string;
  rowNumber: number | null;
  fieldName: string | null;
  fieldNumber: number | null;
  cell: string | null;
  /** The cell's full length in characters, when `cell` was cut to 200 (ending in `…`). */
  cellLength?: number;
  rule: string;
  pointer?: string;
  line?: number;
}

/** One dataset's task in the report. */
export interface JsonReportTask {
  name: string;
  type: "table";
  place: string;
  valid: boolean;
  /** `omitted`: counted but not listed (beyond the issue limit per code). */
  stats: { rows: number; errors: number; warnings: number; omitted: number };
  errors: JsonReportError[];
  /** Warnings (published, shown in the quality report); Frictionless keeps only strings here. */
  warnings: JsonReportError[];
}

/** The whole report, shaped like a Frictionless report (`valid`, `stats`, `tasks[].errors[]`). */
export interface JsonReport {
  valid: boolean;
  stats: { tasks: number; errors: number; warnings: number };
  /** Problems outside any dataset: the catalog, the schemas. */
  errors: JsonReportError[];
  warnings: JsonReportError[];
  tasks: JsonReportTask[];
}

/** Converts an issue into a Frictionless-shaped error in a language. */
export function jsonError(found: Issue, lang: Lang): JsonReportError {
  const { message, fix } = formatIssue(found, lang);
  return {
    type: codeDefinition(found.code).frictionless,
    code: found.code,
    severity: found.severity,
    message,
    note: fix,
    rowNumber: found.row ?? null,
    fieldName: found.column ?? null,
    fieldNumber: found.columnNumber ?? null,
    cell: found.value ?? null,
    ...(found.valueLength === undefined ? {} : { cellLength: found.valueLength }),
    rule: found.rule,
    ...(found.pointer === undefined ? {} : { pointer: found.pointer }),
    ...(found.line === undefined ? {} : { line: found.line }),
  };
}

/** Builds the Frictionless-shaped report of a validation. */
export function jsonReport(result: ReportInput, lang: Lang): JsonReport {
  const tasks: JsonReportTask[] = result.stats.map((stat) => {
    const own = result.issues
      .filter((found) => found.dataset === stat.name)
      .map((found) => jsonError(found, lang));
    return {
      name: stat.name,
      type: "table",
      place: stat.file,
      valid: stat.errors === 0,
      stats: { rows: stat.rows, errors: stat.errors, warnings: stat.warnings, omitted: stat.omitted },
      errors: own.filter((e) => e.severity === "error"),
      warnings: own.filter((e) => e.severity === "warning"),
    };
  });
  const names = new Set(result.stats.map((stat) => stat.name));
  const outside = result.issues
    .filter((found) => found.dataset === undefined || !names.has(found.dataset))
    .map((found) => jsonError(found, lang));
  const errors =
    outside.filter((e) => e.severity === "error").length + tasks.reduce((n, t) => n + t.stats.errors, 0);
  const warnings = outside.length + tasks.reduce((n, t) => n + t.stats.errors + t.stats.warnings, 0) - errors;
  return {
    valid: result.valid,
    stats: { tasks: tasks.length, errors, warnings },
    errors: outside.filter((e) => e.severity === "error"),
    warnings: outside.filter((e) => e.severity === "warning"),
    tasks,
  };
}

/** JSON shaped like a Frictionless report, for tools and CI. */
export const jsonFormat: ReportFormat = {
  name: "json",
  description: "JSON shaped like a Frictionless report (valid, stats, tasks[].errors[])",
  render: (result, options) => escapeInvisible(JSON.stringify(jsonReport(result, options.lang), null, 2)),
};

/**
 * Writes the invisible characters JSON leaves raw (DEL, C1 controls, bidirectional and zero-width
 * characters, line and paragraph separators) as `\u` escapes: the same JSON, safe to print.
 */
function escapeInvisible(json: string): string {
  return json.replace(invisibleBeyondC0Pattern, (c) => {
    let escaped = "";
    for (let i = 0; i < c.length; i += 1) escaped += `\\u${c.charCodeAt(i).toString(16).padStart(4, "0")}`;
    return escaped;
  });
}
