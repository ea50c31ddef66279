import { eachText } from "./eachValue.ts";
import { fieldIssue, type Rule } from "./rule.ts";

// = + - @
const triggers = new Set([61, 43, 45, 64]);
const plainNumber = /^[+-]?\d[\d.,]*$/;

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
          eachText(info, environment.registry, context, (value, pointer, _facts, column) => {
            if (value.length < 2 || !triggers.has(value.charCodeAt(0))) return;
            if (plainNumber.test(value)) return;
            emit(
              fieldIssue(context, {
                code: "formula-injection",
                severity: "warning",
                column,
                pointer,
                value,
                rule: "text does not start with = + - @",
                params: { first: value[0] ?? "" },
              }),
            );
          });
        },
      };
    },
  }),
};
