import type { Issue } from "../issue.ts";
import { formatIssue } from "../messages/messages.ts";
import type { Lang } from "../model.ts";
import { visibleText } from "../text/visibleText.ts";
import type { DatasetStats } from "../validate/validateFolder.ts";
import type { ReportFormat } from "./reportFormat.ts";

/** Options for the terminal report. */
export interface TextReportOptions {
  lang: Lang;
  /** How many issues to show per file and code before summarising the rest. */
  limit?: number;
  /** Whether to colour the output (only on a TTY). */
  color?: boolean;
}

const labels = {
  en: {
    row: "row",
    column: "column",
    fix: "Fix",
    more: "more like this",
    valid: "Valid",
    invalid: "Invalid",
    error: "error",
    warning: "warning",
    errors: "errors",
    warnings: "warnings",
    rows: "rows",
    total: "Total",
    omitted: "not listed",
  },
  id: {
    row: "baris",
    column: "kolom",
    fix: "Perbaikan",
    more: "lagi yang serupa",
    valid: "Valid",
    invalid: "Tidak valid",
    error: "galat",
    warning: "peringatan",
    errors: "galat",
    warnings: "peringatan",
    rows: "baris",
    total: "Jumlah",
    omitted: "tidak dicantumkan",
  },
} as const;

/**
 * Formats issues for a terminal: grouped per file and code (errors first), the first `limit` of
 * each group with where, what and how to fix it, a count of the rest, and a summary per dataset.
 * Every text from the data is printed with its invisible characters made visible (`visibleText`).
 */
export function formatText(
  issues: readonly Issue[],
  stats: readonly DatasetStats[],
  options: TextReportOptions,
): string {
  const { lang, limit = 20, color = false } = options;
  const l = labels[lang];
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  const byFile = new Map<string, Map<string, Issue[]>>();
  for (const found of issues) {
    let byCode = byFile.get(found.file);
    if (!byCode) {
      byCode = new Map();
      byFile.set(found.file, byCode);
    }
    const group = byCode.get(found.code);
    if (group) group.push(found);
    else byCode.set(found.code, [found]);
  }
  for (const [file, byCode] of byFile) {
    lines.push(paint(1, visibleText(file)));
    const groups = [...byCode.values()].sort(
      (a, b) => Number(a[0]?.severity === "warning") - Number(b[0]?.severity === "warning"),
    );
    for (const group of groups) {
      const first = group[0] as Issue;
      const severity = first.severity === "error" ? l.error : l.warning;
      const head = `${severity} ${first.code} (${group.length})`;
      lines.push(`  ${first.severity === "error" ? paint(31, head) : paint(33, head)}`);
      for (const found of group.slice(0, limit)) {
        // Values quoted from the data are made visible: no escape sequence, no line of their own.
        const { message, fix } = formatIssue(found, lang);
        const where = visibleText(place(found, l));
        lines.push(`    ${where ? `${paint(2, where)}: ` : ""}${visibleText(message)}`);
        lines.push(`      ${l.fix}: ${visibleText(fix)}  [${visibleText(found.rule)}]`);
      }
      if (group.length > limit) lines.push(`    … ${group.length - limit} ${l.more} (${first.code})`);
    }
    lines.push("");
  }
  let errors = 0;
  let warnings = 0;
  for (const stat of stats) {
    errors += stat.errors;
    warnings += stat.warnings;
    const status = stat.errors > 0 ? paint(31, l.invalid) : paint(32, l.valid);
    const omitted = stat.omitted > 0 ? ` (${stat.omitted} ${l.omitted})` : "";
    lines.push(
      `${status}  ${visibleText(stat.file)}: ${stat.rows} ${l.rows}, ${stat.errors} ${l.errors}, ${stat.warnings} ${l.warnings}${omitted}`,
    );
  }
  const outside = issues.filter((found) => !stats.some((stat) => stat.name === found.dataset));
  errors += outside.filter((found) => found.severity === "error").length;
  warnings += outside.filter((found) => found.severity === "warning").length;
  const verdict = errors > 0 ? paint(31, l.invalid) : paint(32, l.valid);
  lines.push(`${verdict}  ${l.total}: ${errors} ${l.errors}, ${warnings} ${l.warnings}`);
  return lines.join("\n");
}

function place(found: Issue, l: (typeof labels)[Lang]): string {
  return [
    found.row === undefined ? undefined : `${l.row} ${found.row}`,
    found.column === undefined && found.columnNumber === undefined
      ? undefined
      : `${l.column} ${found.column ?? ""}${found.columnNumber ? ` (#${found.columnNumber})` : ""}`.replace(
          "  ",
          " ",
        ),
    found.pointer,
  ]
    .filter(Boolean)
    .join(", ");
}

/** The terminal format: readable text grouped per file and rule. */
export const textFormat: ReportFormat = {
  name: "text",
  description: "readable text grouped per file and rule, first N per rule with counts (colour on a TTY)",
  render: (result, options) =>
    formatText(result.issues, result.stats, {
      lang: options.lang,
      ...(options.limit === undefined ? {} : { limit: options.limit }),
      ...(options.color === undefined ? {} : { color: options.color }),
    }),
};
