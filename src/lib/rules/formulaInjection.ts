import { eachText, itemPointer } from "./eachValue.ts";
import { type Emit, fieldIssue, type RowContext, type Rule } from "./rule.ts";

const plainNumber = /^[+-]?\d[\d.,]*$/;

/** Tells whether a spreadsheet would run a text as a formula: it starts with `=`, `+`, `-` or `@` and is not a number. */
export function looksLikeFormula(value: string): boolean {
  if (value.length < 2) return false;
  const first = value.charCodeAt(0);
  // = + - @
  if (first !== 61 && first !== 43 && first !== 45 && first !== 64) return false;
  return !plainNumber.test(value);
}

/**
 * Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-` or `@`) is flagged,
 * because the published CSV and XLSX are opened in spreadsheets. Numbers such as `-3` are not.
 */
export const formulaInjection: Rule = {
  code: "formula-injection",
  severity: "warning",
  description: {
    id: "Teks tidak diawali =, +, - atau @ (spreadsheet akan menjalankannya sebagai rumus); angka seperti -3 tidak termasuk.",
    en: "Text does not start with =, +, - or @ (a spreadsheet would run it as a formula); numbers such as -3 are fine.",
  },
  appliesTo: () => true,
  start: (environment) => ({
    dataset(info) {
      return {
        row(context, emit) {
          eachText(info, environment.registry, context, emit, check);
        },
      };
    },
  }),
};

function check(
  context: RowContext,
  emit: Emit,
  value: string,
  pointer: string,
  item: number,
  column: string,
): void {
  if (!looksLikeFormula(value)) return;
  emit(
    fieldIssue(context, {
      code: "formula-injection",
      severity: "warning",
      column,
      pointer: itemPointer(pointer, item),
      value,
      rule: "text does not start with = + - @",
      params: { first: value[0] ?? "" },
    }),
  );
}
