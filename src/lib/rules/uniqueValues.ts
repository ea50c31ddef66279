import { detached } from "../csv/detached.ts";
import type { JsonSchema } from "../schema/jsonSchema.ts";
import { isUnique } from "../schema/vocabulary.ts";
import { fieldIssue, fieldValue, type Rule } from "./rule.ts";

/** Fields marked `"x-unique": true` hold a different value in every record. */
export const uniqueValues: Rule = {
  code: "duplicate-value",
  severity: "error",
  description: {
    id: "Isian bertanda x-unique berbeda di setiap rekaman.",
    en: "Fields marked x-unique hold a different value in every record.",
  },
  appliesTo: (info) => uniqueFields(info.fields).length > 0,
  ranges: { inRange: false, replay: (info) => uniqueFields(info.fields) },
  start: () => ({
    dataset(info) {
      const fields = uniqueFields(info.fields);
      if (fields.length === 0) return undefined;
      const seen = fields.map((name) => [name, fieldValue(info, name), new Map<unknown, number>()] as const);
      return {
        row(context, emit) {
          for (const [name, read, firstRow] of seen) {
            const value = read(context);
            if (value === undefined) continue;
            const first = firstRow.get(value);
            if (first === undefined) {
              firstRow.set(typeof value === "string" ? detached(value) : value, context.row);
              continue;
            }
            emit(
              fieldIssue(context, {
                code: "duplicate-value",
                severity: "error",
                column: name,
                value: String(value),
                rule: `x-unique: ${name}`,
                params: { first },
              }),
            );
          }
        },
      };
    },
  }),
};

function uniqueFields(fields: ReadonlyMap<string, { node: JsonSchema }>): string[] {
  return [...fields].filter(([, field]) => isUnique(field.node)).map(([name]) => name);
}
