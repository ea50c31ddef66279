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
      const seen = new Map<number, number>();
      const key = info.primaryKey;
      return {
        row(context, emit) {
          let text: string;
          if (context.cells) {
            const skip = key === undefined ? -1 : (info.columns?.get(key) ?? 0) - 1;
            text =
              skip < 0
                ? context.cells.join("\u0000")
                : context.cells.filter((_c, i) => i !== skip).join("\u0000");
          } else {
            const { [key ?? ""]: _id, ...rest } = context.record;
            text = JSON.stringify(rest);
          }
          const hash = hash53(text);
          const first = seen.get(hash);
          if (first === undefined) {
            seen.set(hash, context.row);
            return;
          }
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

/** Hashes a string to 53 bits (two 32-bit FNV-1a-style passes), enough to make collisions negligible. */
function hash53(text: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}
