import { fieldPairRule } from "./fieldPairRule.ts";

/** Female participants never exceed the total. */
export const femaleWithinTotal = fieldPairRule(
  {
    code: "female-exceeds-total",
    severity: "error",
    description: {
      id: "participants_female tidak lebih besar daripada participants_total.",
      en: "participants_female is not greater than participants_total.",
    },
  },
  ["participants_female", "participants_total"],
  (female, total, report) => {
    if (typeof female !== "number" || typeof total !== "number" || female <= total) return;
    report({
      column: "participants_female",
      value: String(female),
      rule: "participants_female <= participants_total",
      params: { total },
    });
  },
);
