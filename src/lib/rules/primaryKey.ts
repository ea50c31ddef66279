import { fieldIssue, type Rule } from "./rule.ts";

/** Every dataset's primary key (`x-primaryKey`) is unique: ids are never reused. */
export const primaryKey: Rule = {
  code: "duplicate-key",
  severity: "error",
  description: {
    id: "Id rekaman (x-primaryKey) unik dalam dataset.",
    en: "Record ids (x-primaryKey) are unique within a dataset.",
  },
  appliesTo: (info) => info.primaryKey !== undefined,
  start: () => ({
    dataset(info) {
      const key = info.primaryKey;
      if (key === undefined) return undefined;
      // Only the keys are kept (value → first row), not the rows.
      const firstRow = new Map<unknown, number>();
      return {
        row(context, emit) {
          const value = context.record[key];
          if (value === undefined) return;
          const first = firstRow.get(value);
          if (first === undefined) {
            firstRow.set(value, context.row);
            return;
          }
          emit(
            fieldIssue(context, {
              code: "duplicate-key",
              severity: "error",
              column: key,
              value: String(value),
              rule: `x-primaryKey: ${key}`,
              params: { first },
            }),
          );
        },
      };
    },
  }),
};
