import type { Issue } from "../issue.ts";
import { formatIssue } from "../messages/messages.ts";
import { visibleText } from "../text/visibleText.ts";
import type { ReportFormat, ReportOptions } from "./reportFormat.ts";

/**
 * Escapes an annotation message as GitHub Actions' workflow commands require, after making invisible
 * characters visible (a value's line break is shown as `\n`, never a new command).
 */
function escapeData(text: string): string {
  return visibleText(text).replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/** Escapes an annotation property (file, title…). */
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

/** Formats one issue as a GitHub Actions annotation (`::error file=…,line=…,col=…::…`). */
export function githubAnnotation(found: Issue, options: ReportOptions): string {
  const { message, fix } = formatIssue(found, options.lang);
  const file =
    found.file.startsWith("schemas/") || !options.dataDir
      ? found.file
      : `${options.dataDir.replace(/\/$/, "")}/${found.file}`;
  const line = found.line ?? found.row;
  const properties = [
    `file=${escapeProperty(file)}`,
    ...(line === undefined ? [] : [`line=${line}`]),
    ...(found.columnNumber === undefined ? [] : [`col=${found.columnNumber}`]),
    `title=${escapeProperty(`${found.code}${found.column ? ` (${found.column})` : ""}`)}`,
  ];
  return `::${found.severity} ${properties.join(",")}::${escapeData(`${message} ${fix}`)}`;
}

/** GitHub Actions annotations: each issue shows on the line of the file it is about. */
export const githubFormat: ReportFormat = {
  name: "github",
  description: "GitHub Actions annotations (::error file=…,line=…,col=…::…)",
  render(result, options) {
    const lines = result.issues.map((found) => githubAnnotation(found, options));
    // Counted from the stats, which include issues beyond the listing limit.
    const names = new Set(result.stats.map((stat) => stat.name));
    const outside = result.issues.filter((found) => found.dataset === undefined || !names.has(found.dataset));
    const count = (severity: string) =>
      result.stats.reduce((n, s) => n + (severity === "error" ? s.errors : s.warnings), 0) +
      outside.filter((found) => found.severity === severity).length;
    lines.push(
      `${result.valid ? "valid" : "invalid"}: ${count("error")} errors, ${count("warning")} warnings`,
    );
    return lines.join("\n");
  },
};
