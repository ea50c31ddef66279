import { primaryType, resolveSchema, type SchemaRegistry } from "../schema/jsonSchema.ts";
import type { CsvColumn } from "./csvColumn.ts";

/** What a spreadsheet or data-frame reader with default settings does to a text code. */
export type ReaderRisk = "number" | "missing";

/** Texts that pandas (`keep_default_na`) and readr (`na = c("", "NA")`) read as missing. */
export const defaultMissingTexts = [
  "NA",
  "N/A",
  "n/a",
  "NaN",
  "nan",
  "-NaN",
  "-nan",
  "NULL",
  "null",
  "None",
  "<NA>",
  "#N/A",
  "#NA",
  "#N/A N/A",
  "1.#IND",
  "-1.#IND",
  "1.#QNAN",
  "-1.#QNAN",
] as const;

// Code shapes a schema pattern may admit, probed against it: each reads as a number by default.
const numberLike = ["0", "1", "12", "01", "35.10", "12250", "1.5", "3.14", "2020"];

/**
 * Tells which text columns a reader with default type guessing (pandas `read_csv`, readr
 * `read_csv`, Excel opening a CSV) would change: a code that looks like a number (`35.10` becomes
 * 35.1, `12250` becomes 12250.0 beside empty cells) or like a missing value (Namibia's `NA`). Each
 * column's values, or list items, are probed through its schema's pattern or enum.
 */
export function readerRisks(
  columns: readonly CsvColumn[],
  registry: SchemaRegistry,
  base?: string,
): { column: string; risks: ReaderRisk[] }[] {
  const found: { column: string; risks: ReaderRisk[] }[] = [];
  for (const column of columns) {
    if (column.json) continue;
    const node =
      primaryType(column.schema) === "array"
        ? resolveSchema(column.schema.items ?? {}, registry, base)
        : column.schema;
    if (primaryType(node) !== "string") continue;
    const admits = (text: string) =>
      Array.isArray(node.enum)
        ? node.enum.includes(text)
        : typeof node.pattern === "string" && new RegExp(node.pattern, "u").test(text);
    const risks: ReaderRisk[] = [];
    if (numberLike.some(admits)) risks.push("number");
    if (defaultMissingTexts.some(admits)) risks.push("missing");
    if (risks.length > 0) found.push({ column: column.name, risks });
  }
  return found;
}
