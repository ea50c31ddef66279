import { fieldIssue, fieldValue, type Rule, rowLocal } from "./rule.ts";

// Pairs of fields where the second may not come before the first.
const pairs: ReadonlyArray<readonly [string, string]> = [
  ["start_date", "end_date"],
  ["period_start", "period_end"],
];

/** End dates do not come before start dates (comparing the widest reading of imprecise dates). */
export const dateOrder: Rule = {
  code: "date-order",
  severity: "error",
  description: {
    id: "Tanggal akhir tidak sebelum tanggal mulai (bulan atau tahun dihitung sebagai rentang penuhnya).",
    en: "An end date is not before its start date (a month or a year counts as its whole span).",
  },
  appliesTo: (info) => pairs.some(([start, end]) => info.fields.has(start) && info.fields.has(end)),
  ranges: rowLocal,
  start: () => ({
    dataset(info) {
      const present = pairs
        .filter(([start, end]) => info.fields.has(start) && info.fields.has(end))
        .map(([start, end]) => [start, end, fieldValue(info, start), fieldValue(info, end)] as const);
      if (present.length === 0) return undefined;
      return {
        row(context, emit) {
          for (const [startField, endField, readStart, readEnd] of present) {
            const start = readStart(context);
            const end = readEnd(context);
            if (typeof start !== "string" || typeof end !== "string") continue;
            // Dates were checked by the schema; compare the widest reading of each as text.
            if (widest(end, "last") >= widest(start, "first")) continue;
            emit(
              fieldIssue(context, {
                code: "date-order",
                severity: "error",
                column: endField,
                value: end,
                rule: `${endField} >= ${startField}`,
                params: { start, startField },
              }),
            );
          }
        },
      };
    },
  }),
};

/** The first or last day a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date can mean, as comparable text. */
function widest(value: string, end: "first" | "last"): string {
  // `-31` for any month compares like the month's real last day: no date lies between them.
  if (value.length === 4) return end === "first" ? `${value}-01-01` : `${value}-12-31`;
  if (value.length === 7) return end === "first" ? `${value}-01` : `${value}-31`;
  return value;
}
