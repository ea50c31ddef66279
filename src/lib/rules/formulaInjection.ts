import { screenBits } from "../csv/rowScreen.ts";
import { formulaTrigger } from "../text/formulaTrigger.ts";
import { itemPointer } from "./eachValue.ts";
import { fieldIssue, type Rule } from "./rule.ts";
import { textRule } from "./textRule.ts";

/**
 * Text that a spreadsheet would run as a formula (see `formulaTrigger`: `=`, `+`, `-` or `@`, also
 * after spaces or in full width, or a leading tab or carriage return) is flagged, because the
 * published CSV and XLSX are opened in spreadsheets; the published CSV files neutralise it with a
 * leading `'`. Numbers such as `-3` are not flagged.
 */
export const formulaInjection: Rule = textRule({
  code: "formula-injection",
  severity: "warning",
  description: {
    id: "Teks tidak diawali =, +, - atau @ (juga setelah spasi atau dalam lebar penuh ＝), tab atau carriage return: spreadsheet akan menjalankannya sebagai rumus; angka seperti -3 tidak termasuk.",
    en: "Text does not start with =, +, - or @ (also after spaces or in full width ＝), a tab or a carriage return: a spreadsheet would run it as a formula; numbers such as -3 are fine.",
  },
  screen: screenBits.formula,
  check(context, emit, value, pointer, item, column) {
    const first = formulaTrigger(value);
    if (first === undefined) return;
    emit(
      fieldIssue(context, {
        code: "formula-injection",
        severity: "warning",
        column,
        pointer: itemPointer(pointer, item),
        value,
        rule: "text does not start with = + - @ TAB CR",
        params: { first },
      }),
    );
  },
});
