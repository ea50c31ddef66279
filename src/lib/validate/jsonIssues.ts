import { type Issue, issue } from "../issue.ts";
import type { JsonProblem } from "../json/parseJson.ts";

/** Where a JSON text came from, for its issues. */
export interface JsonPlace {
  /** The file as shown in the report. */
  file: string;
  dataset?: string;
  /** Whether the text is a dataset (an array of records): a pointer `/3/…` is then row 4, pointer `/…`. */
  records?: boolean;
}

const rules: Readonly<Record<JsonProblem["code"], string>> = {
  "invalid-json": "JSON syntax",
  "json-too-deep": "JSON: at most 64 levels",
  "duplicate-json-key": "JSON: keys are unique within an object",
  "inexact-number": "numbers are stored exactly",
};

/** Turns the problems `parseJson` found into located issues (line, column, record and pointer). */
export function jsonIssues(problems: readonly JsonProblem[], place: JsonPlace): Issue[] {
  return problems.map((problem) => {
    const segments = problem.pointer === undefined ? [] : problem.pointer.split("/").slice(1);
    const record = place.records && segments.length > 0 && /^\d+$/.test(segments[0] ?? "");
    const inside = record ? segments.slice(1) : segments;
    const field = inside[0]?.replaceAll("~1", "/").replaceAll("~0", "~");
    return issue({
      code: problem.code,
      file: place.file,
      ...(place.dataset === undefined ? {} : { dataset: place.dataset }),
      ...(record ? { row: Number(segments[0]) + 1 } : {}),
      line: problem.line,
      ...(field === undefined ? {} : { column: field }),
      ...(inside.length > 0 ? { pointer: `/${inside.join("/")}` } : {}),
      ...(problem.value === undefined ? {} : { value: problem.value }),
      rule: rules[problem.code],
      params: { ...problem.params, line: problem.line, column: problem.column },
    });
  });
}
