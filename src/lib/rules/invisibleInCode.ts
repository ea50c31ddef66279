import { screenBits } from "../csv/rowScreen.ts";
import { findInvisible } from "../text/findInvisible.ts";
import { fieldIssue, type Rule } from "./rule.ts";
import { valueRule } from "./valueRule.ts";

/**
 * Ids, codes, dates, web addresses and other values with a fixed form hold no control or invisible
 * character, not even a line break: `kemlu` followed by a zero-width space looks like `kemlu` but
 * matches nothing. An error, named with its position.
 */
export const invisibleInCode: Rule = valueRule({
  code: "invisible-in-code",
  severity: "error",
  description: {
    id: "Id, kode, tanggal, dan nilai berbentuk tetap lain tidak berisi karakter kontrol atau tak terlihat.",
    en: "Ids, codes, dates and other values with a fixed form hold no control or invisible characters.",
  },
  screen: screenBits.invisible | screenBits.breaks,
  check(context, emit, value, pointer, facts, column) {
    if (typeof value !== "string" || !facts.code) return;
    const found = findInvisible(value, "code");
    if (!found) return;
    emit(
      fieldIssue(context, {
        code: "invisible-in-code",
        severity: "error",
        column,
        pointer,
        value,
        rule: "codes: visible characters only",
        params: { character: found.character, position: found.column, count: found.count },
      }),
    );
  },
});
