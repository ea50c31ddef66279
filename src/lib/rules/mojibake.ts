import { screenBits } from "../csv/rowScreen.ts";
import { findMojibake } from "../text/findMojibake.ts";
import { fieldIssue, type Rule } from "./rule.ts";
import { valueRule } from "./valueRule.ts";

/**
 * Text shows no sign of a wrong encoding: a U+FFFD REPLACEMENT CHARACTER, or UTF-8 read as
 * Windows-1252 (`Ã©` for é, `â€™` for ’, `Ã¢â‚¬`). A warning with how to re-save the file as UTF-8.
 */
export const mojibake: Rule = valueRule({
  code: "mojibake",
  severity: "warning",
  description: {
    id: "Teks tidak menunjukkan tanda salah enkode (Ã©, â€™, Ã¢â‚¬ atau U+FFFD).",
    en: "Text shows no sign of a wrong encoding (Ã©, â€™, Ã¢â‚¬ or U+FFFD).",
  },
  screen: screenBits.mojibake,
  check(context, emit, value, pointer, _facts, column) {
    if (typeof value !== "string") return;
    const found = findMojibake(value);
    if (found === undefined) return;
    emit(
      fieldIssue(context, {
        code: "mojibake",
        severity: "warning",
        column,
        pointer,
        value,
        rule: "text: no encoding damage",
        params: { sign: found },
      }),
    );
  },
});
