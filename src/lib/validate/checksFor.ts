import type { DatasetInfo, Rule } from "../rules/rule.ts";
import type { JsonSchema } from "../schema/jsonSchema.ts";
import { isVocabularyKeyword } from "../schema/vocabulary.ts";

/** Structure checks run on every CSV file, in the order a file is read. */
export const csvStructureChecks = [
  "encoding",
  "semicolon-delimiter",
  "tab-delimiter",
  "unclosed-quote",
  "invalid-quote",
  "empty-file",
  "blank-label",
  "duplicate-label",
  "unknown-column",
  "missing-column",
  "blank-row",
  "extra-cell",
  "missing-cell",
] as const;

/** Checks run on every JSON file. */
export const jsonStructureChecks = ["encoding", "invalid-json", "not-an-array"] as const;

// Schema keywords and the issue codes they produce.
const keywordChecks: ReadonlyArray<readonly [string, string]> = [
  ["required", "required"],
  ["enum", "enum"],
  ["const", "enum"],
  ["pattern", "pattern"],
  ["format", "format"],
  ["minimum", "range"],
  ["maximum", "range"],
  ["exclusiveMinimum", "range"],
  ["exclusiveMaximum", "range"],
  ["minLength", "length"],
  ["maxLength", "length"],
  ["minItems", "list-length"],
  ["maxItems", "list-length"],
  ["uniqueItems", "list-duplicate"],
];

/**
 * Lists the codes of the checks a dataset goes through: the file's structure, the schema's
 * keywords (with the Indonesian-habit hints for numbers, dates and yes/no) and the rules that apply.
 */
export function checksFor(info: DatasetInfo, rules: readonly Rule[]): string[] {
  const codes = new Set<string>(info.format === "csv" ? csvStructureChecks : jsonStructureChecks);
  codes.add("type-error");
  const nodes = [
    info.schema,
    ...[...info.fields.values()].flatMap((f) => (f.items ? [f.node, f.items] : [f.node])),
  ];
  const used = new Set<string>();
  for (const node of nodes) collectKeywords(node, used);
  for (const [keyword, code] of keywordChecks) if (used.has(keyword)) codes.add(code);
  if (info.schema.additionalProperties === false) codes.add("unknown-field");
  const types = new Set([...info.fields.values()].map((f) => (f.type === "array" ? f.items?.type : f.type)));
  if (types.has("number") || types.has("integer")) {
    codes.add("number-format-id");
    codes.add("number-currency");
  }
  if ([...info.fields.values()].some((f) => f.isDate)) codes.add("date-format-id");
  if (types.has("boolean")) codes.add("boolean-ya-tidak");
  for (const rule of rules) if (rule.appliesTo(info)) codes.add(rule.code);
  return [...codes];
}

function collectKeywords(node: unknown, used: Set<string>): void {
  if (typeof node !== "object" || node === null) return;
  for (const [key, value] of Object.entries(node as JsonSchema)) {
    if (key === "enum" || key === "const" || key === "examples" || isVocabularyKeyword(key)) {
      used.add(key);
      continue;
    }
    if (key === "required" && Array.isArray(value) && value.length === 0) continue;
    used.add(key);
    if (typeof value === "object") collectKeywords(value, used);
  }
}
