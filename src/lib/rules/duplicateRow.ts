import { hashRow } from "../csv/rowHash.ts";
import { HashRowTable } from "./hashRowTable.ts";
import { type Rule, rowIssue } from "./rule.ts";

/**
 * Rows are not repeated: a row identical to an earlier one apart from its id is probably entered
 * twice. Only a 53-bit hash of each row is kept (see `hashRow`), so memory stays small on large files.
 */
export const duplicateRow: Rule = {
  code: "duplicate-row",
  severity: "warning",
  description: {
    id: "Tidak ada baris yang berulang: baris yang sama persis dengan baris sebelumnya (selain id-nya) kemungkinan dimasukkan dua kali.",
    en: "No row is repeated: a row identical to an earlier one apart from its id was probably entered twice.",
  },
  appliesTo: () => true,
  // Rows are compared by their fingerprints, which every range sends back; the key names the row.
  ranges: { inRange: false, replay: (info) => (info.primaryKey === undefined ? [] : [info.primaryKey]) },
  start: () => ({
    dataset(info) {
      const seen = new HashRowTable();
      const key = info.primaryKey;
      return {
        reserve: (rows) => seen.reserve(rows),
        row(context, emit) {
          let hash: number;
          if (context.cells) {
            hash =
              context.fingerprint ??
              hashRow(context.cells, key === undefined ? -1 : (info.columns?.get(key) ?? 0) - 1);
          } else {
            const { [key ?? ""]: _id, ...rest } = context.record;
            hash = hashRow([JSON.stringify(rest)]);
          }
          const first = seen.firstRow(hash, context.row);
          if (first === undefined) return;
          emit(
            rowIssue(context, {
              code: "duplicate-row",
              severity: "warning",
              rule: key === undefined ? "rows are unique" : `rows are unique apart from ${key}`,
              ...(key !== undefined && context.record[key] !== undefined
                ? { value: String(context.record[key]) }
                : {}),
              params: { first },
            }),
          );
        },
      };
    },
  }),
};
