import type { SchemaRegistry } from "../schema/jsonSchema.ts";
import { type ValueFacts, walkValues } from "../schema/walkValues.ts";
import type { DatasetInfo, RowContext } from "./rule.ts";

const factsCache = new WeakMap<DatasetInfo, Map<string, ValueFacts>>();

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
  const facts = csvFacts(info);
  const { record } = context;
  for (const name in record) {
    const fieldFacts = facts.get(name);
    if (!fieldFacts) continue;
    const value = record[name];
    if (!Array.isArray(value)) {
      visit(value, `/${name}`, fieldFacts, name);
      continue;
    }
    for (let i = 0; i < value.length; i += 1) visit(value[i], `/${name}/${i}`, fieldFacts, name);
  }
}

function csvFacts(info: DatasetInfo): Map<string, ValueFacts> {
  let facts = factsCache.get(info);
  if (facts) return facts;
  facts = new Map();
  for (const [name, field] of info.fields) {
    const node = field.type === "array" ? (field.items ?? {}) : field.node;
    const type =
      typeof node.type === "string" ? node.type : Array.isArray(node.type) ? node.type[0] : undefined;
    facts.set(name, {
      isDate: field.isDate,
      personalData: field.personalData,
      type,
      ...(typeof node.format === "string" ? { format: node.format } : {}),
    });
  }
  factsCache.set(info, facts);
  return facts;
}
