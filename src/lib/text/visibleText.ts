import { codePointLabel, invisiblePattern } from "./invisibleCharacters.ts";

const named: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * Makes every invisible character of a text visible for a terminal or a log: a line break becomes
 * `\n`, a tab `\t`, any other control, bidirectional or zero-width character `<U+202E>`. A value can
 * then neither run terminal escape sequences, nor reverse the line, nor start a line of its own.
 */
export function visibleText(text: string): string {
  return text.replace(invisiblePattern, (c) => named[c] ?? `<${codePointLabel(c.codePointAt(0) ?? 0)}>`);
}
