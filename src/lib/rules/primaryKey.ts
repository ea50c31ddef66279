import { primaryKeyFields } from "../schema/vocabulary.ts";
import { KeyIndex } from "./keyIndex.ts";
import { type DatasetInfo, type FieldValue, fieldIssue, fieldValue, firstRowOf, type Rule } from "./rule.ts";

/** Every dataset's primary key (`x-primaryKey`) is unique: ids are never reused. */
export const primaryKey: Rule = {
  code: "duplicate-key",
  severity: "error",
  description: {
    id: "Id rekaman (x-primaryKey) unik dalam dataset.",
    en: "Record ids (x-primaryKey) are unique within a dataset.",
  },
  appliesTo: (info) => keyFields(info).length > 0,
  // Keys are compared across the whole file: the calling thread checks them, in row order.
  ranges: { inRange: false, replay: (info) => keyFields(info) },
  start: (environment) => ({
    dataset(info) {
      const fields = keyFields(info);
      if (fields.length === 0) return undefined;
      const key = fields.join(", ");
      // Only the keys are kept (value → first row), not the rows, in the index references share.
      const index = environment.keyIndex(info.name, key);
      const readers = fields.map((name) => fieldValue(info, name));
      const single = readers[0] as FieldValue;
      return {
        reserve(rows) {
          if (index instanceof KeyIndex) index.reserve(rows);
        },
        row(context, emit) {
          // A composite key is compared as the tuple of its values.
          const value =
            readers.length === 1
              ? single(context)
              : JSON.stringify(readers.map((read) => read(context) ?? null));
          if (value === undefined) return;
          const first = firstRowOf(index, value, context.row);
          if (first === context.row) return;
          emit(
            fieldIssue(context, {
              code: "duplicate-key",
              severity: "error",
              column: fields[0] as string,
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

/** The primary key fields: `"x-primaryKey": "id"` or, for a composite key, a list of fields. */
function keyFields(info: DatasetInfo): string[] {
  return primaryKeyFields(info.schema);
}
