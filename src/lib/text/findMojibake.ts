// UTF-8 read as Windows-1252: é → Ã©, non-breaking space → Â , ’ → â€™. The second character is what a
// UTF-8 continuation byte (0x80–0xBF) becomes in Windows-1252.
const continuation =
  "\\u0080-\\u00bf\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2013\\u2014\\u2018-\\u201a\\u201c-\\u201e\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122";
const pattern = new RegExp(`\\ufffd|Ã[${continuation}]|Â[\\u00a0-\\u00bf]|â€[${continuation}]?`, "u");

/**
 * Finds, anywhere in a text, the characters every sign of encoding damage starts with (U+FFFD, `Ã`,
 * `Â`, `â`): a global pattern for screening many values at once (`csv/rowScreen.ts`). A text it does not
 * match has nothing `findMojibake` would find.
 */
export const mojibakeCue = /[\ufffd\u00c3\u00c2\u00e2]/g;

/**
 * Finds the first sign that a text went through the wrong encoding: a U+FFFD REPLACEMENT CHARACTER
 * (a character was lost) or UTF-8 read as Windows-1252 (`Ã©` for é, `â€™` for ’, `Ã¢â‚¬`). Returns the
 * telltale characters, or `undefined`.
 */
export function findMojibake(text: string): string | undefined {
  return pattern.exec(text)?.[0];
}
