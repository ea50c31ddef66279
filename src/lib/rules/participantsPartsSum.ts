import { fieldIssue, fieldValue, type Rule, rowLocal } from "./rule.ts";

/** The participant numbers stated for the parts of a record add up to its `participants_total`. */
export const participantsPartsSum: Rule = {
  code: "participants-parts-sum",
  severity: "error",
  description: {
    id: "Jumlah participants_parts sama dengan participants_total.",
    en: "participants_parts add up to participants_total.",
  },
  appliesTo: (info) => info.fields.has("participants_parts") && info.fields.has("participants_total"),
  ranges: rowLocal,
  start: () => ({
    dataset(info) {
      if (!participantsPartsSum.appliesTo(info)) return undefined;
      const readParts = fieldValue(info, "participants_parts");
      const readTotal = fieldValue(info, "participants_total");
      return {
        row(context, emit) {
          const parts = readParts(context);
          const total = readTotal(context);
          // A missing total is reported by the schema (dependentRequired).
          if (!Array.isArray(parts) || typeof total !== "number") return;
          const sum = parts.reduce((s: number, p: unknown) => s + (typeof p === "number" ? p : 0), 0);
          if (sum === total) return;
          emit(
            fieldIssue(context, {
              code: "participants-parts-sum",
              severity: "error",
              column: "participants_parts",
              value: parts.join(";"),
              rule: "sum(participants_parts) = participants_total",
              params: { sum, total },
            }),
          );
        },
      };
    },
  }),
};
