import { beyondC0, describeCharacter } from "./invisibleCharacters.ts";

/** The first invisible character of a text: what it is, where, and how many there are in all. */
export interface InvisibleFound {
  /** `U+200B ZERO WIDTH SPACE` */
  character: string;
  /** 1-based position in the text, counted in characters (code points). */
  column: number;
  /** How many invisible characters the text holds. */
  count: number;
}

// Line breaks and tabs are allowed in free text (a description in paragraphs), never in codes.
const inText = new RegExp(`[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f${beyondC0}]`, "gu");
const inCode = new RegExp(`[\\u0000-\\u001f${beyondC0}]`, "gu");
// The same sets without the `u` flag (tag characters are then their surrogates, already listed): a
// looser test, several times faster on ordinary text, that must pass before the exact one runs.
const looser = (pattern: RegExp) => new RegExp(pattern.source.replace("\\u{e0000}-\\u{e007f}", ""));
const gates = { text: looser(inText), code: looser(inCode) };

/**
 * Finds, anywhere in a text, every character that could be invisible in a code (line breaks and tabs
 * included; the surrogates of any character past U+FFFF too): a global pattern for screening many
 * values at once (`csv/rowScreen.ts`). A text it does not match has nothing `findInvisible` would find.
 */
export const invisibleGate = new RegExp(gates.code.source, "g");

/**
 * Finds the invisible characters of a text (see `invisiblePattern`): in `text` mode a line break, a
 * carriage return or a tab is allowed; in `code` mode (ids, codes) nothing invisible is. Returns the
 * first with its name and position, or `undefined` when there is none.
 */
export function findInvisible(text: string, mode: "text" | "code"): InvisibleFound | undefined {
  if (!gates[mode].test(text)) return undefined;
  const pattern = mode === "text" ? inText : inCode;
  pattern.lastIndex = 0;
  const first = pattern.exec(text);
  if (!first) return undefined;
  let count = 1;
  while (pattern.exec(text)) count += 1;
  const codePoint = first[0].codePointAt(0) ?? 0;
  return {
    character: describeCharacter(codePoint),
    column: [...text.slice(0, first.index)].length + 1,
    count,
  };
}
