import { screenBits } from "../csv/rowScreen.ts";
import { findInvisible } from "../text/findInvisible.ts";
import { itemPointer } from "./eachValue.ts";
import { fieldIssue, type Rule } from "./rule.ts";
import { textRule } from "./textRule.ts";

/**
 * Free text holds no control or invisible characters (NUL, ESC, C1 controls, zero-width characters,
 * bidirectional overrides…; line breaks and tabs are fine). They are published, so this is a
 * warning, named with its position: `U+200B ZERO WIDTH SPACE at column 14`.
 */
export const invisibleInText: Rule = textRule({
  code: "invisible-in-text",
  severity: "warning",
  description: {
    id: "Teks bebas tidak berisi karakter kontrol atau tak terlihat (ganti baris dan tab boleh).",
    en: "Free text holds no control or invisible characters (line breaks and tabs are fine).",
  },
  screen: screenBits.invisible,
  check(context, emit, value, pointer, item, column, facts) {
    // Ids and codes are invisibleInCode's (an error there).
    if (facts.code) return;
    const found = findInvisible(value, "text");
    if (!found) return;
    emit(
      fieldIssue(context, {
        code: "invisible-in-text",
        severity: "warning",
        column,
        pointer: itemPointer(pointer, item),
        value,
        rule: "text: no invisible characters",
        params: { character: found.character, position: found.column, count: found.count },
      }),
    );
  },
});
