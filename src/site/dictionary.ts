import { t } from "../i18n/t.ts";
import type { Bilingual, Lang } from "../lib/model.ts";
import {
  type JsonSchema,
  primaryType,
  resolveSchema,
  type SchemaRegistry,
} from "../lib/schema/jsonSchema.ts";
import {
  enumLabel,
  fieldDescription,
  fieldLabel,
  foreignKeyOf,
  isBilingual,
  isPartialDate,
} from "../lib/schema/vocabulary.ts";
import type { Inline } from "./fieldValues.ts";
import { pathOf } from "./routes.ts";

/** One field of the data dictionary. */
export interface DictionaryRow {
  /** The field's path: `title_id`, or `irm.ambition` and `milestones[].due_date` in nested data. */
  path: string;
  label: string;
  type: string;
  required: boolean;
  description?: string;
  values: { code: string; label?: string }[];
  /** Other constraints worth knowing (pattern, minimum…), as written in the schema. */
  constraints: string[];
  reference?: Inline;
}

/** Codelist titles by name, from the catalog's `codelists`. */
export type CodelistTitles = Readonly<Record<string, Partial<Bilingual>>>;

/** Names a node's type for people. */
function typeName(node: JsonSchema, registry: SchemaRegistry, base: string, lang: Lang): string {
  if (isPartialDate(node)) return t(lang, "type.date");
  if (isBilingual(node)) return t(lang, "type.bilingual");
  const type = primaryType(node) ?? (Array.isArray(node.enum) ? "string" : "object");
  if (type === "array") {
    const items = resolveSchema(node.items ?? {}, registry, base);
    return t(lang, "type.array", { item: typeName(items, registry, base, lang) });
  }
  if (type === "string" && node.format === "uri") return t(lang, "type.url");
  const key = `type.${type}` as const;
  return key === "type.string" || key === "type.integer" || key === "type.number" || key === "type.boolean"
    ? t(lang, key)
    : t(lang, "type.object");
}

/** Describes where a foreign key points. */
function referenceOf(target: string, lang: Lang, codelists: CodelistTitles): Inline {
  if (target.startsWith("ref:")) {
    const list = target.slice(4);
    if (list === "countries") return { text: t(lang, "ref.countries") };
    if (list === "provinces") return { text: t(lang, "ref.provinces") };
    if (list === "regencies") return { text: t(lang, "ref.regencies") };
    const title = codelists[list]?.[lang] ?? codelists[list]?.en;
    return { text: title ?? t(lang, "ref.codelist", { name: list }) };
  }
  const [dataset = target, field = "id"] = target.split(".");
  return {
    text: t(lang, "ref.dataset", { dataset, field }),
    href: pathOf({ kind: "dataset", id: dataset }, lang),
  };
}

/** Lists the constraints of a node that are not already shown as allowed values. */
function constraintsOf(node: JsonSchema): string[] {
  const found: string[] = [];
  if (typeof node.pattern === "string" && !isPartialDate(node)) found.push(`pattern ${node.pattern}`);
  for (const key of ["minimum", "maximum", "minLength", "maxLength", "minItems"] as const) {
    if (typeof node[key] === "number") found.push(`${key} ${node[key]}`);
  }
  if (node.uniqueItems === true) found.push("uniqueItems");
  return found;
}

/**
 * Generates the data dictionary of a dataset from its JSON Schema: one row per field in schema
 * order, descending into nested objects and lists of objects (but not into bilingual texts).
 */
export function dictionaryRows(
  schema: JsonSchema,
  registry: SchemaRegistry,
  base: string,
  lang: Lang,
  codelists: CodelistTitles = {},
): DictionaryRow[] {
  const rows: DictionaryRow[] = [];
  const walk = (node: JsonSchema, prefix: string) => {
    const required = new Set(node.required ?? []);
    for (const [name, raw] of Object.entries(node.properties ?? {})) {
      const property = resolveSchema(raw, registry, base);
      const path = `${prefix}${name}`;
      const items =
        primaryType(property) === "array" ? resolveSchema(property.items ?? {}, registry, base) : undefined;
      const valueNode = items ?? property;
      const target = foreignKeyOf(property, items);
      const description = fieldDescription(property, lang);
      rows.push({
        path,
        label: fieldLabel(property, name, lang),
        type: typeName(property, registry, base, lang),
        required: required.has(name),
        ...(description ? { description } : {}),
        values: Array.isArray(valueNode.enum)
          ? valueNode.enum.map((v) => {
              const label = enumLabel(valueNode, v, lang);
              return label === String(v) ? { code: String(v) } : { code: String(v), label };
            })
          : [],
        constraints: constraintsOf(valueNode),
        ...(typeof target === "string" ? { reference: referenceOf(target, lang, codelists) } : {}),
      });
      if (primaryType(property) === "object" && !isBilingual(property) && property.properties)
        walk(property, `${path}.`);
      if (items && primaryType(items) === "object" && !isBilingual(items)) walk(items, `${path}[].`);
    }
  };
  walk(schema, "");
  return rows;
}
