import type { Issue } from "../issue.ts";
import { formatIssue } from "../messages/messages.ts";
import type { Lang } from "../model.ts";
import type { DatasetStats } from "../validate/validateFolder.ts";

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
    errors: "errors",
    warnings: "warnings",
    rows: "rows",
  },
  id: {
    row: "baris",
    column: "kolom",
    fix: "Perbaikan",
    more: "lagi yang serupa",
    valid: "Valid",
    invalid: "Tidak valid",
    errors: "galat",
    warnings: "peringatan",
    rows: "baris",
  },
} as const;

/** Formats issues for a terminal, grouped per file and code, with a summary per dataset. */
export function formatText(
  issues: readonly Issue[],
  stats: readonly DatasetStats[],
  options: TextReportOptions,
): string {
  const { lang, limit = 20, color = false } = options;
  const l = labels[lang];
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  const byFile = new Map<string, Issue[]>();
  for (const found of issues) byFile.set(found.file, [...(byFile.get(found.file) ?? []), found]);
  for (const [file, fileIssues] of byFile) {
    lines.push(paint(1, file));
    const byCode = new Map<string, Issue[]>();
    for (const found of fileIssues) byCode.set(found.code, [...(byCode.get(found.code) ?? []), found]);
    for (const [code, group] of byCode) {
      for (const found of group.slice(0, limit)) {
        const where = [
          found.row === undefined ? undefined : `${l.row} ${found.row}`,
          found.column === undefined
            ? undefined
            : `${l.column} ${found.column}${found.columnNumber ? ` (#${found.columnNumber})` : ""}`,
          found.pointer,
        ]
          .filter(Boolean)
          .join(", ");
        const { message, fix } = formatIssue(found, lang);
        const tag = found.severity === "error" ? paint(31, `error ${code}`) : paint(33, `warning ${code}`);
        lines.push(`  ${tag}${where ? `  ${where}` : ""}`);
        lines.push(`    ${message}`);
        lines.push(`    ${l.fix}: ${fix}  [${found.rule}]`);
      }
      if (group.length > limit) lines.push(`  … ${group.length - limit} ${l.more} (${code})`);
    }
    lines.push("");
  }
  for (const stat of stats) {
    const status = stat.errors > 0 ? paint(31, l.invalid) : paint(32, l.valid);
    lines.push(
      `${status}  ${stat.file}: ${stat.rows} ${l.rows}, ${stat.errors} ${l.errors}, ${stat.warnings} ${l.warnings}`,
    );
  }
  return lines.join("\n");
}
