import { type Issue, issue } from "../issue.ts";
import { type JsonSchema, primaryType, resolveSchema, type SchemaRegistry } from "../schema/jsonSchema.ts";
import type { Rule } from "./rule.ts";

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
  const target = schema["x-foreignKey"] ?? node["x-foreignKey"];
  if (typeof target === "string" && typeof value !== "object") {
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

/** Every `x-foreignKey` value resolves: to a record of another dataset or to a reference list. */
export const foreignKey: Rule = {
  code: "foreign-key",
  description:
    "References resolve: organisations, sources, activities, commitments, countries (ISO 3166-1), provinces and regencies (Kemendagri), DAC sectors and SDGs.",
  check({ datasets, reference, registry }) {
    const keySets = new Map<string, Set<unknown>>();
    const keysOf = (dataset: string, field: string): Set<unknown> | undefined => {
      const id = `${dataset}.${field}`;
      let keys = keySets.get(id);
      if (!keys) {
        const loaded = datasets.get(dataset);
        if (!loaded) return undefined;
        keys = new Set(loaded.records.map(({ record }) => record[field]));
        keySets.set(id, keys);
      }
      return keys;
    };
    const issues: Issue[] = [];
    for (const [name, dataset] of datasets) {
      const base = typeof dataset.schema.$id === "string" ? dataset.schema.$id : undefined;
      for (const { record, row } of dataset.records) {
        visitForeignKeys(
          dataset.schema,
          record,
          registry,
          (target, value, pointer) => {
            const text = String(value);
            let found: boolean;
            if (target.startsWith("ref:")) {
              found = reference[target.slice(4)]?.has(text) ?? false;
            } else {
              const [targetDataset = "", field = "id"] = target.split(".");
              found = keysOf(targetDataset, field)?.has(value) ?? false;
            }
            if (found) return;
            const column = pointer.split("/")[1] ?? "";
            const columnNumber = dataset.columns?.get(column);
            issues.push(
              issue({
                code: "foreign-key",
                file: dataset.entry.path,
                dataset: name,
                row,
                column,
                ...(columnNumber === undefined ? {} : { columnNumber }),
                ...(dataset.columns === undefined ? { pointer } : {}),
                value: text,
                rule: `x-foreignKey: ${target}`,
                params: { target },
              }),
            );
          },
          "",
          base,
        );
      }
    }
    return issues;
  },
};
