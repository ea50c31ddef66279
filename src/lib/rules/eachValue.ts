import type { SchemaRegistry } from "../schema/jsonSchema.ts";
import { isFreeText, type ValueFacts, walkValues } from "../schema/walkValues.ts";
import type { DatasetInfo, RowContext } from "./rule.ts";

const factsCache = new WeakMap<DatasetInfo, Array<readonly [string, ValueFacts]>>();

/**
 * Visits each scalar value of a row with its JSON pointer and what the schema says about it: the
 * cells (and list items) of a CSV row, the leaves of a JSON record.
 */
export function eachValue(
  info: DatasetInfo,
  registry: SchemaRegistry,
  context: RowContext,
  visit: (value: unknown, pointer: string, facts: ValueFacts, column: string) => void,
): void {
  if (info.format === "json") {
    const base = typeof info.schema.$id === "string" ? info.schema.$id : undefined;
    walkValues(
      info.schema,
      context.record,
      registry,
      (value, pointer, facts) => {
        visit(value, pointer, facts, pointer.split("/")[1] ?? "");
      },
      "",
      base,
    );
    return;
  }
  const { record } = context;
  // The dataset's fields, in a list computed once: faster than walking each record's keys.
  for (const [name, fieldFacts] of csvFacts(info)) {
    const value = record[name];
    if (value === undefined) continue;
    if (!Array.isArray(value)) {
      visit(value, `/${name}`, fieldFacts, name);
      continue;
    }
    for (let i = 0; i < value.length; i += 1) visit(value[i], `/${name}/${i}`, fieldFacts, name);
  }
}

function csvFacts(info: DatasetInfo): Array<readonly [string, ValueFacts]> {
  let facts = factsCache.get(info);
  if (facts) return facts;
  facts = [];
  for (const [name, field] of info.fields) {
    const node = field.type === "array" ? (field.items ?? {}) : field.node;
    const type =
      typeof node.type === "string" ? node.type : Array.isArray(node.type) ? node.type[0] : undefined;
    facts.push([
      name,
      {
        isDate: field.isDate,
        personalData: field.personalData,
        type,
        ...(typeof node.format === "string" ? { format: node.format } : {}),
        freeText: isFreeText(node),
      },
    ]);
  }
  factsCache.set(info, facts);
  return facts;
}

const textCache = new WeakMap<DatasetInfo, Array<readonly [string, ValueFacts]>>();

/** The CSV fields holding free text (see `ValueFacts.freeText`), computed once per dataset. */
export function freeTextFields(info: DatasetInfo): Array<readonly [string, ValueFacts]> {
  let fields = textCache.get(info);
  if (!fields) {
    fields = csvFacts(info).filter(([, facts]) => facts.freeText);
    textCache.set(info, fields);
  }
  return fields;
}

/**
 * Visits each free-text value of a row: straight from the free-text columns of a CSV row (the hot
 * path on large files), or from the leaves of a JSON record.
 */
export function eachText(
  info: DatasetInfo,
  registry: SchemaRegistry,
  context: RowContext,
  visit: (value: string, pointer: string, facts: ValueFacts, column: string) => void,
): void {
  if (info.format === "json") {
    eachValue(info, registry, context, (value, pointer, facts, column) => {
      if (typeof value === "string" && facts.freeText) visit(value, pointer, facts, column);
    });
    return;
  }
  const { record } = context;
  for (const [name, facts] of freeTextFields(info)) {
    const value = record[name];
    if (typeof value === "string") visit(value, `/${name}`, facts, name);
    else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) {
        const item = value[i];
        if (typeof item === "string") visit(item, `/${name}/${i}`, facts, name);
      }
    }
  }
}
