import { type Issue, issue } from "../issue.ts";
import { dateRange } from "../schema/partialDate.ts";
import type { Rule } from "./rule.ts";

// Pairs of fields where the second may not come before the first.
const pairs: ReadonlyArray<readonly [string, string]> = [
  ["start_date", "end_date"],
  ["period_start", "period_end"],
];

/** End dates do not come before start dates (comparing the widest reading of imprecise dates). */
export const dateOrder: Rule = {
  code: "date-order",
  description: "An end date is not before its start date (a month or a year counts as its whole span).",
  check({ datasets }) {
    const issues: Issue[] = [];
    for (const [name, dataset] of datasets) {
      for (const { record, row } of dataset.records) {
        for (const [startField, endField] of pairs) {
          const start = record[startField];
          const end = record[endField];
          if (typeof start !== "string" || typeof end !== "string") continue;
          const startRange = dateRange(start);
          const endRange = dateRange(end);
          if (!startRange || !endRange || endRange.last >= startRange.first) continue;
          const columnNumber = dataset.columns?.get(endField);
          issues.push(
            issue({
              code: "date-order",
              file: dataset.entry.path,
              dataset: name,
              row,
              column: endField,
              ...(columnNumber === undefined ? {} : { columnNumber }),
              value: end,
              rule: `${endField} >= ${startField}`,
              params: { start, startField },
            }),
          );
        }
      }
    }
    return issues;
  },
};
