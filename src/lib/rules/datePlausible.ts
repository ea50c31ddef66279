import { datePrecision } from "../schema/partialDate.ts";
import { eachValue } from "./eachValue.ts";
import { fieldIssue, type Rule } from "./rule.ts";

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
  start(environment) {
    const latest = environment.now.getUTCFullYear() + yearsAhead;
    return {
      dataset(info) {
        if (!datePlausible.appliesTo(info)) return undefined;
        return {
          row(context, emit) {
            eachValue(info, environment.registry, context, (value, pointer, facts, column) => {
              if (!facts.isDate || typeof value !== "string" || !datePrecision(value)) return;
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
            });
          },
        };
      },
    };
  },
};
