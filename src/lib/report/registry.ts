import { githubFormat } from "./formatGithub.ts";
import { jsonFormat } from "./formatJson.ts";
import { textFormat } from "./formatText.ts";
import type { ReportFormat } from "./reportFormat.ts";

/** The validator's output formats by name; the CLI picks one with `--format`. Add a format here. */
export const reportFormats: Readonly<Record<string, ReportFormat>> = Object.fromEntries(
  [textFormat, jsonFormat, githubFormat].map((format) => [format.name, format]),
);
