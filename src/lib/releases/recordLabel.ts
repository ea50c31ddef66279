import type { Lang } from "../model.ts";
import { isJsonObject, type JsonValue } from "./jsonValue.ts";

// Where the project's datasets keep a record's human name, most specific first.
const textFields = ["title", "name", "claim"] as const;

/**
 * Finds a record's human name in a language: `title_<lang>` / `name_<lang>` / `claim_<lang>`
 * columns, or a bilingual `title` / `name` object, then the other language, then a plain `title`
 * or `name`. Returns undefined when the record has none.
 */
export function recordLabel(record: JsonValue, lang: Lang): string | undefined {
  if (!isJsonObject(record)) return undefined;
  for (const language of [lang, lang === "id" ? "en" : "id"]) {
    for (const field of textFields) {
      const column = record[`${field}_${language}`];
      if (typeof column === "string" && column !== "") return column;
      const object = record[field];
      if (isJsonObject(object)) {
        const text = object[language];
        if (typeof text === "string" && text !== "") return text;
      }
    }
  }
  for (const field of textFields) {
    const plain = record[field];
    if (typeof plain === "string" && plain !== "") return plain;
  }
  return undefined;
}
