import { fieldIssue, fieldValue, type Rule, rowLocal } from "./rule.ts";

/** Female participants never exceed the total. */
export const femaleWithinTotal: Rule = {
  code: "female-exceeds-total",
  severity: "error",
  description: {
    id: "participants_female tidak lebih besar daripada participants_total.",
    en: "participants_female is not greater than participants_total.",
  },
  appliesTo: (info) => info.fields.has("participants_female") && info.fields.has("participants_total"),
  ranges: rowLocal,
  start: () => ({
    dataset(info) {
      if (!hasBothFields(info.fields)) return undefined;
      const readFemale = fieldValue(info, "participants_female");
      const readTotal = fieldValue(info, "participants_total");
      return {
        row(context, emit) {
          const female = readFemale(context);
          const total = readTotal(context);
          if (typeof female !== "number" || typeof total !== "number" || female <= total) return;
          emit(
            fieldIssue(context, {
              code: "female-exceeds-total",
              severity: "error",
              column: "participants_female",
              value: String(female),
              rule: "participants_female <= participants_total",
              params: { total },
            }),
          );
        },
      };
    },
  }),
};

function hasBothFields(fields: ReadonlyMap<string, unknown>): boolean {
  return fields.has("participants_female") && fields.has("participants_total");
}
