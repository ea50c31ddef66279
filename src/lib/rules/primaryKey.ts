import { issue } from "../issue.ts";
import type { Rule } from "./rule.ts";

/** Every dataset's primary key (`x-primaryKey`) is unique. */
export const primaryKey: Rule = {
  code: "duplicate-key",
  description: "Record ids (x-primaryKey) are unique within a dataset.",
  check({ datasets }) {
    const issues = [];
    for (const [name, dataset] of datasets) {
      const key = dataset.schema["x-primaryKey"];
      if (typeof key !== "string") continue;
      const firstRow = new Map<unknown, number>();
      for (const { record, row } of dataset.records) {
        const value = record[key];
        if (value === undefined) continue;
        const first = firstRow.get(value);
        if (first === undefined) {
          firstRow.set(value, row);
          continue;
        }
        const columnNumber = dataset.columns?.get(key);
        issues.push(
          issue({
            code: "duplicate-key",
            file: dataset.entry.path,
            dataset: name,
            row,
            column: key,
            ...(columnNumber === undefined ? {} : { columnNumber }),
            value: String(value),
            rule: `x-primaryKey: ${key}`,
            params: { first },
          }),
        );
      }
    }
    return issues;
  },
};
