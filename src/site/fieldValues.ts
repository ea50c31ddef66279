import { t } from "../i18n/t.ts";
import { formatNumber } from "../lib/format/formatNumber.ts";
import { formatPartialDate } from "../lib/format/formatPartialDate.ts";
import type { Bilingual, Lang } from "../lib/model.ts";
import type { Reference } from "../lib/reference/referenceList.ts";
import { type JsonSchema, resolveSchema, type SchemaRegistry } from "../lib/schema/jsonSchema.ts";
import {
  bilingualColumnLang,
  enumLabel,
  fieldDerived,
  fieldLabel,
  foreignKeyOf,
  isPartialDate,
} from "../lib/schema/vocabulary.ts";
import { type DerivedMark, derivedMark } from "./derivedMark.ts";
import { type NamedRef, recordRef, referenceName } from "./names.ts";
import type { RecordIndex } from "./recordIndex.ts";

/** One piece of a displayed value: text, optionally a link, in a language, or a marked absence. */
export interface Inline extends NamedRef {
  /** The link leaves the site. */
  external?: boolean;
  /** The value is unknown or not found (shown muted). */
  absent?: boolean;
}

/** One field of a record, ready to show: its label and its value(s). */
export interface FieldView {
  name: string;
  label: string;
  values: Inline[];
  /** Set when KSST Terbuka derives the value by its own rule (`x-derived`): the marker and how, in the page's language. */
  derived?: DerivedMark;
}

/** What rendering values needs: the page language, the schemas and the records they point to. */
export interface ValueContext {
  lang: Lang;
  registry: SchemaRegistry;
  /** The schema file the properties belong to, for resolving local `$ref`s. */
  base: string;
  index: RecordIndex;
  reference: Reference;
}

/** The value kept in `map` under `key`, made by `make` and kept the first time it is asked for. */
function kept<K, V>(
  map: { get(key: K): V | undefined; set(key: K, value: V): unknown },
  key: K,
  make: () => V,
): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/**
 * `resolveSchema`'s answer for a node of a registry's schemas (with `base` for local `$ref`s), worked
 * out once per build: a page shows every field of its record, and every record of a dataset has the
 * same schema, so the same `$ref`s were followed (and their targets copied) for every field of every page.
 */
const resolvedNodes = new WeakMap<SchemaRegistry, Map<string, WeakMap<JsonSchema, JsonSchema>>>();

function resolved(node: JsonSchema, ctx: ValueContext): JsonSchema {
  const byBase = kept(resolvedNodes, ctx.registry, () => new Map<string, WeakMap<JsonSchema, JsonSchema>>());
  const nodes = kept(byBase, ctx.base, () => new WeakMap<JsonSchema, JsonSchema>());
  return kept(nodes, node, () => resolveSchema(node, ctx.registry, ctx.base));
}

/** The schema of a list's items when it names none. */
const anyItem: JsonSchema = {};

/** Renders a single scalar value according to its (resolved) schema node. */
function scalar(value: unknown, node: JsonSchema, ctx: ValueContext, textLang?: Lang): Inline {
  const { lang } = ctx;
  const target = foreignKeyOf(node);
  if (target?.startsWith("ref:")) {
    const list = target.slice(4);
    const code = String(value);
    return { text: referenceName(ctx.reference, list, code, lang), code };
  }
  if (target) {
    const [dataset = ""] = target.split(".");
    return recordRef(ctx.index, dataset, String(value), lang);
  }
  if (Array.isArray(node.enum)) return { text: enumLabel(node, value, lang), code: String(value) };
  if (typeof value === "boolean") return { text: t(lang, value ? "common.yes" : "common.no") };
  if (typeof value === "number") return { text: formatNumber(value, lang, { maximumFractionDigits: 6 }) };
  if (typeof value === "string") {
    if (isPartialDate(node)) return { text: formatPartialDate(value, lang) };
    if (node.format === "uri" || /^https?:\/\//.test(value))
      return { text: value, href: value, external: true };
    return textLang && textLang !== lang ? { text: value, lang: textLang } : { text: value };
  }
  if (value && typeof value === "object" && "en" in value) {
    const text = value as Partial<Bilingual>;
    const own = text[lang];
    return own !== undefined ? { text: own } : { text: text.en ?? "", lang: "en" };
  }
  return { text: JSON.stringify(value) };
}

/**
 * Renders a value of any schema-described property as inline pieces: lists item by item, codes by
 * name (countries, provinces, codelists), records by title with a link, enums by label, dates at
 * their precision, numbers in the page's locale. An absent value renders as "unknown".
 */
export function valueInlines(
  value: unknown,
  property: JsonSchema,
  ctx: ValueContext,
  textLang?: Lang,
  absentKey: "common.unknown" | "common.none" = "common.unknown",
): Inline[] {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
    return [{ text: t(ctx.lang, absentKey), absent: true }];
  }
  const node = resolved(property, ctx);
  if (Array.isArray(value)) {
    const items = resolved(node.items ?? anyItem, ctx);
    return value.map((item) => scalar(item, items, ctx, textLang));
  }
  return [scalar(value, node, ctx, textLang)];
}

/** What `recordFields` shows of one property whatever the record: its name, label, mark and how its value reads. */
interface FieldPlan {
  name: string;
  property: JsonSchema;
  label: string;
  derived: DerivedMark | undefined;
  textLang: Lang | undefined;
  absentKey: "common.unknown" | "common.none";
}

/** The field plans of a schema, per registry, language and base: the same for every record of a dataset. */
const fieldPlans = new WeakMap<SchemaRegistry, WeakMap<JsonSchema, Map<string, FieldPlan[]>>>();

function fieldPlan(schema: JsonSchema, ctx: ValueContext): FieldPlan[] {
  const bySchema = kept(fieldPlans, ctx.registry, () => new WeakMap<JsonSchema, Map<string, FieldPlan[]>>());
  const byKey = kept(bySchema, schema, () => new Map<string, FieldPlan[]>());
  return kept(byKey, `${ctx.lang}\0${ctx.base}`, () => {
    const properties = schema.properties ?? {};
    return Object.entries(properties).map(([name, property]) => {
      const node = resolved(property, ctx);
      const label = fieldLabel(node, name, ctx.lang);
      return {
        name,
        property,
        label,
        derived: derivedMark(label, fieldDerived(node, ctx.lang), ctx.lang),
        textLang: bilingualColumnLang(name, properties),
        // Notes that are absent were simply not written; other absent fields are unknown.
        absentKey: name.startsWith("notes") ? "common.none" : "common.unknown",
      };
    });
  });
}

/** Lists every field of a record in schema order, known or not, with labels from `x-label`. */
export function recordFields(
  record: Readonly<Record<string, unknown>>,
  schema: JsonSchema,
  ctx: ValueContext,
): FieldView[] {
  return fieldPlan(schema, ctx).map(({ name, property, label, derived, textLang, absentKey }) => ({
    name,
    label,
    ...(derived ? { derived } : {}),
    values: valueInlines(record[name], property, ctx, textLang, absentKey),
  }));
}
