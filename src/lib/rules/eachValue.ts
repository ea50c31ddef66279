import type { SchemaRegistry } from "../schema/jsonSchema.ts";
import { isCode, isFreeText } from "../schema/vocabulary.ts";
import { type ValueFacts, walkValues } from "../schema/walkValues.ts";
import type { DatasetInfo, Emit, RowContext } from "./rule.ts";

/** A CSV column as the value visitors see it: its field, position, JSON pointer and what the schema says. */
export interface ValueColumn {
  name: string;
  /** 0-based position in the row's `values`. */
  index: number;
  /** `/<name>`, the pointer of a scalar value in this column. */
  pointer: string;
  facts: ValueFacts;
}

const columnCache = new WeakMap<DatasetInfo, readonly ValueColumn[]>();

/**
 * The schema fields of a CSV dataset that have a column, in schema order, computed once the header
 * is known (`info.columns`).
 */
export function valueColumns(info: DatasetInfo): readonly ValueColumn[] {
  const cached = columnCache.get(info);
  if (cached) return cached;
  const columns: ValueColumn[] = [];
  for (const [name, field] of info.fields) {
    const index = (info.columns?.get(name) ?? 0) - 1;
    if (index < 0) continue;
    const node = field.type === "array" ? (field.items ?? {}) : field.node;
    const type =
      typeof node.type === "string" ? node.type : Array.isArray(node.type) ? node.type[0] : undefined;
    const facts: ValueFacts = {
      isDate: field.isDate,
      personalData: field.personalData,
      type,
      ...(typeof node.format === "string" ? { format: node.format } : {}),
      freeText: isFreeText(node),
      code: isCode(node) || field.foreignKey !== undefined || name === info.primaryKey,
    };
    columns.push({ name, index, pointer: `/${name}`, facts });
  }
  // Before the header is read there are no columns to remember.
  if (info.columns) columnCache.set(info, columns);
  return columns;
}

const textCache = new WeakMap<DatasetInfo, readonly ValueColumn[]>();

/** The CSV columns holding free text (see `ValueFacts.freeText`), computed once the header is known. */
export function textColumns(info: DatasetInfo): readonly ValueColumn[] {
  const cached = textCache.get(info);
  if (cached) return cached;
  const columns = valueColumns(info).filter((column) => column.facts.freeText);
  if (info.columns) textCache.set(info, columns);
  return columns;
}

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
  const { values } = context;
  if (values === undefined) {
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
  visitColumns(valueColumns(info), values, visit);
}

/**
 * Receives one free-text value of a row (see `eachText`): a plain function, so no closure is made per
 * row. A list item's pointer is `itemPointer(pointer, item)`, built only when an issue needs it.
 */
export type TextVisit = (
  context: RowContext,
  emit: Emit,
  value: string,
  pointer: string,
  item: number,
  column: string,
  facts: ValueFacts,
) => void;

/** The JSON pointer of a value: `pointer` itself, or of its `item`th list item when `item` is not negative. */
export function itemPointer(pointer: string, item: number): string {
  return item < 0 ? pointer : `${pointer}/${item}`;
}

/**
 * Visits each free-text value of a row: straight from the free-text columns of a CSV row, chosen
 * once from the schema (the hot path on large files), or from the leaves of a JSON record.
 */
export function eachText(
  info: DatasetInfo,
  registry: SchemaRegistry,
  context: RowContext,
  emit: Emit,
  visit: TextVisit,
): void {
  const { values } = context;
  if (values === undefined) {
    eachValue(info, registry, context, (value, pointer, facts, column) => {
      if (typeof value === "string" && facts.freeText)
        visit(context, emit, value, pointer, -1, column, facts);
    });
    return;
  }
  for (const { name, index, pointer, facts } of textColumns(info)) {
    const value = values[index];
    if (typeof value === "string") visit(context, emit, value, pointer, -1, name, facts);
    else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) {
        const item = value[i];
        if (typeof item === "string") visit(context, emit, item, pointer, i, name, facts);
      }
    }
  }
}

function visitColumns(
  columns: readonly ValueColumn[],
  values: readonly unknown[],
  visit: (value: unknown, pointer: string, facts: ValueFacts, column: string) => void,
): void {
  for (const { name, index, pointer, facts } of columns) {
    const value = values[index];
    if (value === undefined) continue;
    if (!Array.isArray(value)) {
      visit(value, pointer, facts, name);
      continue;
    }
    for (let i = 0; i < value.length; i += 1) visit(value[i], `${pointer}/${i}`, facts, name);
  }
}
