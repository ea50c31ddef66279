import type { Issue, Severity } from "../issue.ts";
import type { Bilingual, Lang } from "../model.ts";

/** Writes one sentence of a message from an issue and its parameters. */
export type Template = (issue: Issue, p: Issue["params"]) => string;

/** Everything the project says about one issue code, in both languages. */
export interface CodeDefinition {
  severity: Severity;
  /** The Frictionless error type this code corresponds to (for the JSON report). */
  frictionless: string;
  /** What the check verifies (quality report, docs). */
  check: Bilingual;
  message: Readonly<Record<Lang, Template>>;
  fix: Readonly<Record<Lang, Template>>;
}

/** Quotes the column name, or its number when the column has no name. */
export const col = (i: Issue): string =>
  i.column ? `"${i.column}"` : i.columnNumber === undefined ? "" : `#${i.columnNumber}`;

/** Quotes the offending value after a space, or nothing. */
export const val = (i: Issue): string => (i.value === undefined ? "" : ` "${i.value}"`);

/** Says "did you mean …" when a likely value is known. */
export const meant = (p: Issue["params"], lang: Lang): string => {
  if (p.suggestion === undefined) return "";
  return lang === "id" ? ` Mungkin maksud Anda "${p.suggestion}"?` : ` Did you mean "${p.suggestion}"?`;
};
