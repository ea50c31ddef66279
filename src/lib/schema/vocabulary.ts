import type { KeywordDefinition } from "ajv";
import type { Bilingual, Lang } from "../model.ts";
import { type JsonSchema, primaryType } from "./jsonSchema.ts";

// The project's schema vocabulary in one place: the `x-` keywords (docs/data-model.md), each defined
// for ajv with the shape its value must have, the one reader of each, and the kinds of field the
// schemas describe (a partial date, a bilingual text, free text, a code). Nothing else reads an `x-`
// keyword or decides what kind a field is.

const bilingual = {
  type: "object",
  properties: { id: { type: "string" }, en: { type: "string" } },
  required: ["en"],
  additionalProperties: false,
};

/** The `x-` keywords as ajv keyword definitions: ajv in strict mode refuses any other, or a malformed value. */
export const vocabulary: readonly KeywordDefinition[] = [
  /** The field whose values identify a record: unique, never reused (top level). */
  { keyword: "x-primaryKey", metaSchema: { type: ["string", "array"], items: { type: "string" } } },
  /** Each value exists in another dataset (`<dataset>.<field>`) or a reference list (`ref:<name>`). */
  { keyword: "x-foreignKey", metaSchema: { type: "string", pattern: "^(ref:.+|[^.]+\\..+)$" } },
  /** Each value is unique within the dataset (besides the primary key). */
  { keyword: "x-unique", metaSchema: { type: "boolean" } },
  /** The field may hold personal data (the personal-data check leaves it alone). */
  { keyword: "x-personalData", metaSchema: { type: "boolean" } },
  /** The property's human name in both languages. */
  { keyword: "x-label", metaSchema: bilingual },
  /** The Indonesian definition (`description` is the English one). */
  { keyword: "x-description-id", metaSchema: { type: "string" } },
  /** The label of each `enum` code in both languages. */
  { keyword: "x-enumLabels", metaSchema: { type: "object", additionalProperties: bilingual } },
  /** How KSST Terbuka derives the value by its own rule, shown beside it. */
  { keyword: "x-derived", metaSchema: bilingual },
];

/** The format of the shared date with precision (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
export const partialDateFormat = "partial-date";

/** Returns a string keyword's value, or `undefined` when absent or not a string. */
function stringKeyword(node: JsonSchema | undefined, keyword: string): string | undefined {
  const value = node?.[keyword];
  return typeof value === "string" ? value : undefined;
}

/** Returns a bilingual keyword's text in a language (English when the language lacks it). */
function bilingualKeyword(node: JsonSchema | undefined, keyword: string, lang: Lang): string | undefined {
  const value = node?.[keyword] as Partial<Bilingual> | undefined;
  return value?.[lang] ?? value?.en;
}

/** Returns a dataset schema's primary key field (`x-primaryKey`); a composite key (a list) is not one field. */
export function primaryKeyOf(schema: JsonSchema | undefined): string | undefined {
  return stringKeyword(schema, "x-primaryKey");
}

/** Returns the fields of a dataset schema's primary key: `"x-primaryKey": "id"`, or a list of fields. */
export function primaryKeyFields(schema: JsonSchema | undefined): string[] {
  const key = schema?.["x-primaryKey"];
  if (typeof key === "string") return [key];
  return Array.isArray(key) ? key.filter((k): k is string => typeof k === "string") : [];
}

/** Tells whether a schema keyword belongs to the project's vocabulary (an annotation, never a check). */
export function isVocabularyKeyword(keyword: string): boolean {
  return keyword.startsWith("x-");
}

/**
 * Returns the `x-foreignKey` target of a (resolved) property, or of its (resolved) list items:
 * `organisations.id`, `ref:countries`.
 */
export function foreignKeyOf(node: JsonSchema | undefined, items?: JsonSchema): string | undefined {
  return stringKeyword(node, "x-foreignKey") ?? stringKeyword(items, "x-foreignKey");
}

/** Tells whether a property's values must be unique within the dataset (`x-unique`). */
export function isUnique(node: JsonSchema): boolean {
  return node["x-unique"] === true;
}

/** Tells whether any of the nodes allows personal data (`x-personalData`). */
export function allowsPersonalData(...nodes: readonly (JsonSchema | undefined)[]): boolean {
  return nodes.some((node) => node?.["x-personalData"] === true);
}

/** Returns a property's human label (`x-label`) in a language, if it has one. */
export function labelOf(node: JsonSchema | undefined, lang: Lang): string | undefined {
  return bilingualKeyword(node, "x-label", lang);
}

/** Returns a property's human label (`x-label`) in a language, falling back to its name. */
export function fieldLabel(node: JsonSchema | undefined, name: string, lang: Lang): string {
  return labelOf(node, lang) ?? name;
}

/** Returns a property's definition in a language: `x-description-id` in Indonesian, `description` in English. */
export function fieldDescription(node: JsonSchema | undefined, lang: Lang): string | undefined {
  if (!node) return undefined;
  return (lang === "id" ? stringKeyword(node, "x-description-id") : undefined) ?? node.description;
}

/** Returns how KSST Terbuka derives a property's value (`x-derived`) in a language, when it does. */
export function fieldDerived(node: JsonSchema | undefined, lang: Lang): string | undefined {
  return bilingualKeyword(node, "x-derived", lang);
}

/** Returns the label of an enum value (`x-enumLabels`) in a language, or the value itself. */
export function enumLabel(node: JsonSchema | undefined, value: unknown, lang: Lang): string {
  const labels = node?.["x-enumLabels"] as Record<string, Partial<Bilingual>> | undefined;
  const key = String(value);
  return labels?.[key]?.[lang] ?? labels?.[key]?.en ?? key;
}

/**
 * Tells whether a property is the shared date with precision: its resolved node has the
 * `partial-date` format, or it refers to the shared `date` definition.
 */
export function isPartialDate(property: JsonSchema, resolved: JsonSchema = property): boolean {
  return (
    resolved.format === partialDateFormat ||
    property.format === partialDateFormat ||
    (typeof property.$ref === "string" && /\$defs\/(partial-?)?date$/i.test(property.$ref))
  );
}

/** Tells whether a (resolved) node is a text in both languages: an object of only `id` and `en`. */
export function isBilingual(node: JsonSchema): boolean {
  const keys = Object.keys(node.properties ?? {});
  return primaryType(node) === "object" && keys.length > 0 && keys.every((k) => k === "id" || k === "en");
}

/**
 * Tells the language of a CSV column that holds one half of a bilingual text (`title_id`,
 * `title_en`): a name ending in `_id` or `_en` with a sibling for the other language, and no
 * `x-foreignKey` (an `organisation_id` is a reference, not Indonesian text).
 */
export function bilingualColumnLang(
  name: string,
  properties: Readonly<Record<string, JsonSchema>>,
): Lang | undefined {
  const match = /^(.*)_(id|en)$/.exec(name);
  if (!match) return undefined;
  const [, stem, lang] = match;
  const sibling = `${stem}_${lang === "id" ? "en" : "id"}`;
  return properties[sibling] && !foreignKeyOf(properties[name]) ? (lang as Lang) : undefined;
}

/** Tells whether a node describes free text: a string not restricted to a list (`enum`, `const`) or a format. */
export function isFreeText(node: JsonSchema): boolean {
  const type = primaryType(node);
  return (
    (type === "string" || type === undefined) &&
    node.enum === undefined &&
    node.const === undefined &&
    node.format === undefined
  );
}

/** Tells whether a node describes an id or a code: not free text, or text with a `pattern` or an `x-foreignKey`. */
export function isCode(node: JsonSchema): boolean {
  return !isFreeText(node) || node.pattern !== undefined || foreignKeyOf(node) !== undefined;
}
