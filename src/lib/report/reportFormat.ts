import type { Lang } from "../model.ts";
import type { ValidationResult } from "../validate/validateFolder.ts";

/** How a report is written. */
export interface ReportOptions {
  lang: Lang;
  /** Colour the text (only on a TTY). */
  color?: boolean;
  /** How many issues to show per file and code before summarising the rest (text format). */
  limit?: number;
  /** The data folder as the reader knows it (e.g. `data`), prefixed to data file paths in annotations. */
  dataDir?: string;
}

/** What a report needs from a validation: the outcome, the issues and the per-dataset counts. */
export type ReportInput = Pick<ValidationResult, "valid" | "issues" | "stats">;

/** One output format of the validator, chosen by name from `registry.ts`. */
export interface ReportFormat {
  name: string;
  /** What it is for, in English (CLI help). */
  description: string;
  render(result: ReportInput, options: ReportOptions): string;
}
