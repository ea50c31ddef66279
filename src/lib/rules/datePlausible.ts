const yearFirst = /^\d{4}(?:-|$)/;

import { eachValue } from "./eachValue.ts";
import { type Emit, fieldIssue, fieldValue, type RowContext, type Rule, rowLocal } from "./rule.ts";

/** The earliest year a date in these datasets is expected to have: Indonesia's independence. */
export const earliestYear = 1945;
/** How many years after the build a planned date may reach. */
export const yearsAhead = 5;

/** Dates fall in a plausible range: not before 1945, not more than five years after the build. */
export const datePlausible: Rule = {
  code: "date-implausible",
  severity: "warning",
  description: {
    id: `Tanggal berada dalam rentang yang masuk akal: tidak sebelum ${earliestYear} dan tidak lebih dari ${yearsAhead} tahun setelah tanggal pembangunan situs.`,
    en: `Dates are plausible: not before ${earliestYear} and not more than ${yearsAhead} years after the build date.`,
  },
  appliesTo: (info) => info.format === "json" || [...info.fields.values()].some((field) => field.isDate),
  ranges: rowLocal,
  start(environment) {
    const latest = environment.now.getUTCFullYear() + yearsAhead;
    return {
      dataset(info) {
        if (!datePlausible.appliesTo(info)) return undefined;
        const check = (value: unknown, pointer: string, column: string, context: RowContext, emit: Emit) => {
          // The format is the schema's business; only the year of a dated value matters here.
          if (typeof value !== "string" || !yearFirst.test(value)) return;
          const year = Number(value.slice(0, 4));
          if (year >= earliestYear && year <= latest) return;
          emit(
            fieldIssue(context, {
              code: "date-implausible",
              severity: "warning",
              column,
              pointer,
              value,
              rule: `${earliestYear} <= year <= ${latest}`,
              params: { earliest: earliestYear, latest },
            }),
          );
        };
        // CSV: only the date columns; JSON: every date at any depth.
        const dates = [...info.fields.values()]
          .filter((field) => field.isDate)
          .map((field) => [field.name, fieldValue(info, field.name), `/${field.name}`] as const);
        return {
          row(context, emit) {
            if (info.format === "csv") {
              for (const [name, read, pointer] of dates) {
                const value = read(context);
                if (Array.isArray(value))
                  for (let i = 0; i < value.length; i += 1)
                    check(value[i], `${pointer}/${i}`, name, context, emit);
                else check(value, pointer, name, context, emit);
              }
              return;
            }
            eachValue(info, environment.registry, context, (value, pointer, facts, column) => {
              if (facts.isDate) check(value, pointer, column, context, emit);
            });
          },
        };
      },
    };
  },
};
