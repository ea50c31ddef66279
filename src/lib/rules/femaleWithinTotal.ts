import { type Issue, issue } from "../issue.ts";
import type { Rule } from "./rule.ts";

/** Female participants never exceed the total. */
export const femaleWithinTotal: Rule = {
  code: "female-exceeds-total",
  description: "participants_female is not greater than participants_total.",
  check({ datasets }) {
    const issues: Issue[] = [];
    for (const [name, dataset] of datasets) {
      for (const { record, row } of dataset.records) {
        const female = record.participants_female;
        const total = record.participants_total;
        if (typeof female !== "number" || typeof total !== "number" || female <= total) continue;
        const columnNumber = dataset.columns?.get("participants_female");
        issues.push(
          issue({
            code: "female-exceeds-total",
            file: dataset.entry.path,
            dataset: name,
            row,
            column: "participants_female",
            ...(columnNumber === undefined ? {} : { columnNumber }),
            value: String(female),
            rule: "participants_female <= participants_total",
            params: { total },
          }),
        );
      }
    }
    return issues;
  },
};
