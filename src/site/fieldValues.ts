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
  const node = resolveSchema(property, ctx.registry, ctx.base);
  if (Array.isArray(value)) {
    const items = resolveSchema(node.items ?? {}, ctx.registry, ctx.base);
    return value.map((item) => scalar(item, items, ctx, textLang));
  }
  return [scalar(value, node, ctx, textLang)];
}

/** Lists every field of a record in schema order, known or not, with labels from `x-label`. */
export function recordFields(
  record: Readonly<Record<string, unknown>>,
  schema: JsonSchema,
  ctx: ValueContext,
): FieldView[] {
  const properties = schema.properties ?? {};
  return Object.entries(properties).map(([name, property]) => {
    const node = resolveSchema(property, ctx.registry, ctx.base);
    const label = fieldLabel(node, name, ctx.lang);
    const derived = derivedMark(label, fieldDerived(node, ctx.lang), ctx.lang);
    return {
      name,
      label,
      ...(derived ? { derived } : {}),
      // Notes that are absent were simply not written; other absent fields are unknown.
      values: valueInlines(
        record[name],
        property,
        ctx,
        bilingualColumnLang(name, properties),
        name.startsWith("notes") ? "common.none" : "common.unknown",
      ),
    };
  });
}
