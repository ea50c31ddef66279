import { detached } from "../csv/detached.ts";
import type { Issue } from "../issue.ts";
import type { ReferenceList } from "../reference/referenceList.ts";
import { type JsonSchema, primaryType, resolveSchema, type SchemaRegistry } from "../schema/jsonSchema.ts";
import { suggest } from "../schema/suggest.ts";
import { foreignKeyOf } from "../schema/vocabulary.ts";
import {
  type DatasetCheck,
  type DatasetInfo,
  type Emit,
  fieldIssue,
  fieldValue,
  firstRowOf,
  type RowContext,
  type Rule,
  type RuleEnvironment,
} from "./rule.ts";

/** Visits every value in a record whose schema declares `x-foreignKey`, with its JSON pointer. */
export function visitForeignKeys(
  schema: JsonSchema,
  value: unknown,
  registry: SchemaRegistry,
  visit: (target: string, value: unknown, pointer: string) => void,
  pointer = "",
  base?: string,
): void {
  if (value === undefined || value === null) return;
  const node = resolveSchema(schema, registry, base);
  const nodeBase = typeof node.$id === "string" ? node.$id : base;
  const target = foreignKeyOf(node);
  if (target !== undefined && typeof value !== "object") {
    visit(target, value, pointer);
    return;
  }
  const type = primaryType(node);
  if (type === "array" && Array.isArray(value) && node.items) {
    value.forEach((item, index) => {
      visitForeignKeys(node.items as JsonSchema, item, registry, visit, `${pointer}/${index}`, nodeBase);
    });
  } else if (type === "object" && typeof value === "object" && node.properties) {
    for (const [name, property] of Object.entries(node.properties)) {
      const child = (value as Record<string, unknown>)[name];
      visitForeignKeys(property, child, registry, visit, `${pointer}/${name}`, nodeBase);
    }
  }
}

// Suggesting the nearest key is only worth its cost on lists a person could read.
const suggestLimit = 5000;

/** Every `x-foreignKey` value resolves: to a record of another dataset or to a reference list. */
export const foreignKey: Rule = {
  code: "foreign-key",
  severity: "error",
  description: {
    id: "Rujukan terselesaikan: organisasi, sumber, kegiatan, komitmen, rencana aksi, negara (ISO 3166-1), provinsi dan kabupaten/kota (Kemendagri), sektor DAC, dan SDG.",
    en: "References resolve: organisations, sources, activities, commitments, action plans, countries (ISO 3166-1), provinces and regencies (Kemendagri), DAC sectors and SDGs.",
  },
  appliesTo: (info) => info.references.size > 0,
  // References to reference lists and to datasets read before are checked in each range; the calling
  // thread collects the keys others point at and checks references to records not read yet.
  ranges: {
    inRange: true,
    replay(info, { datasets, isComplete }) {
      const collected = new Set<string>();
      for (const other of datasets.values()) {
        for (const target of other.references) {
          if (target.startsWith("ref:")) continue;
          const { dataset, field } = targetOf(target);
          if (dataset === info.name) collected.add(field);
        }
      }
      const later: string[] = [];
      for (const [field, target] of flatForeignKeys(info)) {
        const { dataset } = targetOf(target);
        const checkedInRange = target.startsWith("ref:") || isComplete(dataset) || !datasets.has(dataset);
        // A column checked in each range must not be checked again where the keys are collected.
        if (checkedInRange && collected.has(field)) return undefined;
        if (!checkedInRange) later.push(field);
      }
      return [...collected, ...later];
    },
  },
  start(environment) {
    const keys = pointedAtKeys(environment);
    const references = referenceCheck(environment, keys);
    return {
      dataset: (info) => datasetCheck(info, environment.registry, keys, references),
      end: references.end,
    };
  },
};

/** Where a reference points: `organisations.id` is field `id` of dataset `organisations`. */
function targetOf(target: string): { id: string; dataset: string; field: string } {
  const id = normalise(target);
  const dot = id.lastIndexOf(".");
  return { id, dataset: id.slice(0, dot), field: id.slice(dot + 1) };
}

/** The key index of every dataset field that something points at, filled while that dataset is read. */
function pointedAtKeys(environment: RuleEnvironment): Map<string, Map<unknown, number>> {
  const keys = new Map<string, Map<unknown, number>>();
  for (const info of environment.datasets.values())
    for (const target of info.references) {
      if (target.startsWith("ref:")) continue;
      const { id, dataset, field } = targetOf(target);
      keys.set(id, environment.keyIndex(dataset, field));
    }
  return keys;
}

/** A reference found in a row, kept by its place (not the row) until its dataset has been read. */
interface PendingReference {
  context: Pick<RowContext, "dataset" | "row">;
  target: string;
  value: unknown;
  pointer: string;
}

/** How references are checked: one value now (or kept for the end), a fast test when a target's keys are final, and the end of the run. */
interface ReferenceCheck {
  check(
    context: Pick<RowContext, "dataset" | "row">,
    target: string,
    value: unknown,
    pointer: string,
    emit: Emit,
  ): void;
  /** A fast membership test for a target whose keys are all known now, or `undefined` (check slowly). */
  lookup(target: string): ((value: unknown) => boolean) | undefined;
  /** Checks the references to datasets that were not read yet when they were met (itself, or a cycle). */
  end(emit: Emit): void;
}

/** Checks references against the reference lists and the keys collected, keeping those to datasets not read yet. */
function referenceCheck(
  environment: RuleEnvironment,
  keys: ReadonlyMap<string, Map<unknown, number>>,
): ReferenceCheck {
  const { reference } = environment;
  const pending: PendingReference[] = [];
  return {
    check(context, target, value, pointer, emit) {
      if (target.startsWith("ref:")) {
        const list = reference[target.slice(4)];
        if (list?.has(String(value))) return;
        emit(problem(context, target, value, pointer, list));
        return;
      }
      const { id, dataset } = targetOf(target);
      if (!environment.isComplete(dataset) && environment.datasets.has(dataset)) {
        // Only the place is kept, not the row.
        pending.push({
          context: { dataset: context.dataset, row: context.row },
          target,
          value: typeof value === "string" ? detached(value) : value,
          pointer,
        });
        return;
      }
      if (keys.get(id)?.has(value)) return;
      emit(problem(context, target, value, pointer, keys.get(id)));
    },
    lookup(target) {
      if (target.startsWith("ref:")) {
        const list = reference[target.slice(4)];
        return list ? (value) => list.has(String(value)) : undefined;
      }
      const { id, dataset } = targetOf(target);
      const set = keys.get(id);
      return set && environment.isComplete(dataset) ? (value) => set.has(value) : undefined;
    },
    end(emit) {
      for (const { context, target, value, pointer } of pending) {
        const known = keys.get(normalise(target));
        if (known?.has(value)) continue;
        emit(problem(context, target, value, pointer, known));
      }
    },
  };
}

/** One dataset's check: it collects the keys others point at, then checks each row's references. */
function datasetCheck(
  info: DatasetInfo,
  registry: SchemaRegistry,
  keys: ReadonlyMap<string, Map<unknown, number>>,
  references: ReferenceCheck,
): DatasetCheck {
  const collect = [...keys]
    .filter(([id]) => targetOf(id).dataset === info.name)
    .map(([id, index]) => [fieldValue(info, targetOf(id).field), index] as const);
  // CSV fields resolve their target once: a reference list, a finished dataset's keys, or "later".
  const flat =
    info.format === "csv"
      ? flatForeignKeys(info).map(
          ([field, target]) => [field, target, references.lookup(target), fieldValue(info, field)] as const,
        )
      : undefined;
  const base = typeof info.schema.$id === "string" ? info.schema.$id : undefined;
  // Shared lists (see ColumnReader) whose every item resolved against a finished key set or a reference
  // list (which no longer change). A list read for one row only is not remembered: a weak set's entry
  // costs more, and more again to the garbage collector, than looking its few items up.
  const resolvedLists = new WeakSet<unknown[]>();
  return {
    row(context, emit) {
      for (const [read, index] of collect) {
        const value = read(context);
        if (value !== undefined) firstRowOf(index, value, context.row);
      }
      if (!flat) {
        visitForeignKeys(
          info.schema,
          context.record,
          registry,
          (target, value, pointer) => references.check(context, target, value, pointer, emit),
          "",
          base,
        );
        return;
      }
      for (const [field, target, has, read] of flat) {
        const value = read(context);
        if (value === undefined) continue;
        if (!Array.isArray(value)) {
          if (!has?.(value)) references.check(context, target, value, `/${field}`, emit);
          continue;
        }
        // Rows with the same list may share it (see ColumnReader): one that resolved once still does.
        // A shared list is frozen (ColumnReader's `share`).
        const shared = has !== undefined && Object.isFrozen(value);
        if (shared && resolvedLists.has(value)) continue;
        let resolved = has !== undefined;
        for (let i = 0; i < value.length; i += 1) {
          if (has?.(value[i])) continue;
          resolved = false;
          references.check(context, target, value[i], `/${field}/${i}`, emit);
        }
        if (resolved && shared) resolvedLists.add(value);
      }
    },
  };
}

function problem(
  context: Pick<RowContext, "dataset" | "row">,
  target: string,
  value: unknown,
  pointer: string,
  known: ReferenceList | Map<unknown, number> | undefined,
): Issue {
  const text = String(value);
  const params: Issue["params"] = { target };
  const size = known === undefined ? 0 : known instanceof Map ? known.size : suggestLimit;
  const codes =
    size === 0 || size > suggestLimit
      ? []
      : known instanceof Map
        ? [...known.keys()]
        : (known?.codes() ?? []);
  if (codes.length > 0 && codes.length <= suggestLimit) {
    const meant = suggest(text, codes.map(String));
    if (meant !== undefined) params.suggestion = meant;
  }
  return fieldIssue(context, {
    code: "foreign-key",
    severity: "error",
    column: pointer.split("/")[1] ?? "",
    pointer,
    value: text,
    rule: `x-foreignKey: ${target}`,
    params,
  });
}

/** `organisations` alone means `organisations.id`. */
function normalise(target: string): string {
  return target.includes(".") ? target : `${target}.id`;
}

function flatForeignKeys(info: DatasetInfo): Array<readonly [string, string]> {
  return [...info.fields.values()]
    .filter((field) => field.foreignKey !== undefined)
    .map((field) => [field.name, field.foreignKey as string] as const);
}
