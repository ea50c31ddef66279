import { HashRowTable } from "./hashRowTable.ts";
import { type Rule, rowIssue } from "./rule.ts";

/**
 * Rows are not repeated: a row identical to an earlier one apart from its id is probably entered
 * twice. Only a 53-bit hash of each row is kept, so memory stays small on large files.
 */
export const duplicateRow: Rule = {
  code: "duplicate-row",
  severity: "warning",
  description: {
    id: "Tidak ada baris yang berulang: baris yang sama persis dengan baris sebelumnya (selain id-nya) kemungkinan dimasukkan dua kali.",
    en: "No row is repeated: a row identical to an earlier one apart from its id was probably entered twice.",
  },
  appliesTo: () => true,
  start: () => ({
    dataset(info) {
      const seen = new HashRowTable();
      const key = info.primaryKey;
      return {
        row(context, emit) {
          let hash: number;
          if (context.cells) {
            hash = hashCells(context.cells, key === undefined ? -1 : (info.columns?.get(key) ?? 0) - 1);
          } else {
            const { [key ?? ""]: _id, ...rest } = context.record;
            hash = hashCells([JSON.stringify(rest)], -1);
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

/**
 * Hashes a row's cells (all but the `skip`th) to 53 bits with two 32-bit FNV-1a-style passes,
 * without building the joined string; collisions are negligible below billions of rows.
 */
function hashCells(cells: readonly string[], skip: number): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let index = 0; index < cells.length; index += 1) {
    if (index === skip) continue;
    const text = cells[index] as string;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    // A separator, so that ["ab", "c"] and ["a", "bc"] differ.
    h1 = Math.imul(h1 ^ 0x1f, 0x01000193);
    h2 = Math.imul(h2 ^ 0x1f, 0x5bd1e995);
  }
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}
