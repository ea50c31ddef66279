import { fieldPairRule } from "./fieldPairRule.ts";

/** The participant numbers stated for the parts of a record add up to its `participants_total`. */
export const participantsPartsSum = fieldPairRule(
  {
    code: "participants-parts-sum",
    severity: "error",
    description: {
      id: "Jumlah participants_parts sama dengan participants_total.",
      en: "participants_parts add up to participants_total.",
    },
  },
  ["participants_parts", "participants_total"],
  (parts, total, report) => {
    // A missing total is reported by the schema (dependentRequired).
    if (!Array.isArray(parts) || typeof total !== "number") return;
    const sum = parts.reduce((s: number, p: unknown) => s + (typeof p === "number" ? p : 0), 0);
    if (sum === total) return;
    report({
      column: "participants_parts",
      value: parts.join(";"),
      rule: "sum(participants_parts) = participants_total",
      params: { sum, total },
    });
  },
);
