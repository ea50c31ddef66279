import { mayHold, screenBits } from "../csv/rowScreen.ts";
import type { ValueFacts } from "../schema/walkValues.ts";
import { findInvisible } from "../text/findInvisible.ts";
import { eachText, itemPointer } from "./eachValue.ts";
import { type Emit, fieldIssue, type RowContext, type Rule } from "./rule.ts";

/**
 * Free text holds no control or invisible characters (NUL, ESC, C1 controls, zero-width characters,
 * bidirectional overrides…; line breaks and tabs are fine). They are published, so this is a
 * warning, named with its position: `U+200B ZERO WIDTH SPACE at column 14`.
 */
export const invisibleInText: Rule = {
  code: "invisible-in-text",
  severity: "warning",
  description: {
    id: "Teks bebas tidak berisi karakter kontrol atau tak terlihat (ganti baris dan tab boleh).",
    en: "Free text holds no control or invisible characters (line breaks and tabs are fine).",
  },
  appliesTo: () => true,
  start: (environment) => ({
    dataset(info) {
      return {
        row(context, emit) {
          if (!mayHold(context.screen, screenBits.invisible)) return;
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
  facts: ValueFacts,
): void {
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
}
