// Unicode names of the characters that cannot be seen in a text but change it: control characters
// (C0, DEL, C1), bidirectional controls, zero-width and other format characters.
const c0 = [
  "NULL",
  "START OF HEADING",
  "START OF TEXT",
  "END OF TEXT",
  "END OF TRANSMISSION",
  "ENQUIRY",
  "ACKNOWLEDGE",
  "BELL",
  "BACKSPACE",
  "CHARACTER TABULATION",
  "LINE FEED",
  "LINE TABULATION",
  "FORM FEED",
  "CARRIAGE RETURN",
  "SHIFT OUT",
  "SHIFT IN",
  "DATA LINK ESCAPE",
  "DEVICE CONTROL ONE",
  "DEVICE CONTROL TWO",
  "DEVICE CONTROL THREE",
  "DEVICE CONTROL FOUR",
  "NEGATIVE ACKNOWLEDGE",
  "SYNCHRONOUS IDLE",
  "END OF TRANSMISSION BLOCK",
  "CANCEL",
  "END OF MEDIUM",
  "SUBSTITUTE",
  "ESCAPE",
  "INFORMATION SEPARATOR FOUR",
  "INFORMATION SEPARATOR THREE",
  "INFORMATION SEPARATOR TWO",
  "INFORMATION SEPARATOR ONE",
];
const c1 = [
  "PADDING CHARACTER",
  "HIGH OCTET PRESET",
  "BREAK PERMITTED HERE",
  "NO BREAK HERE",
  "INDEX",
  "NEXT LINE",
  "START OF SELECTED AREA",
  "END OF SELECTED AREA",
  "CHARACTER TABULATION SET",
  "CHARACTER TABULATION WITH JUSTIFICATION",
  "LINE TABULATION SET",
  "PARTIAL LINE FORWARD",
  "PARTIAL LINE BACKWARD",
  "REVERSE LINE FEED",
  "SINGLE SHIFT TWO",
  "SINGLE SHIFT THREE",
  "DEVICE CONTROL STRING",
  "PRIVATE USE ONE",
  "PRIVATE USE TWO",
  "SET TRANSMIT STATE",
  "CANCEL CHARACTER",
  "MESSAGE WAITING",
  "START OF GUARDED AREA",
  "END OF GUARDED AREA",
  "START OF STRING",
  "SINGLE GRAPHIC CHARACTER INTRODUCER",
  "SINGLE CHARACTER INTRODUCER",
  "CONTROL SEQUENCE INTRODUCER",
  "STRING TERMINATOR",
  "OPERATING SYSTEM COMMAND",
  "PRIVACY MESSAGE",
  "APPLICATION PROGRAM COMMAND",
];
const format: Readonly<Record<number, string>> = {
  127: "DELETE",
  173: "SOFT HYPHEN",
  1564: "ARABIC LETTER MARK",
  6158: "MONGOLIAN VOWEL SEPARATOR",
  8203: "ZERO WIDTH SPACE",
  8204: "ZERO WIDTH NON-JOINER",
  8205: "ZERO WIDTH JOINER",
  8206: "LEFT-TO-RIGHT MARK",
  8207: "RIGHT-TO-LEFT MARK",
  8232: "LINE SEPARATOR",
  8233: "PARAGRAPH SEPARATOR",
  8234: "LEFT-TO-RIGHT EMBEDDING",
  8235: "RIGHT-TO-LEFT EMBEDDING",
  8236: "POP DIRECTIONAL FORMATTING",
  8237: "LEFT-TO-RIGHT OVERRIDE",
  8238: "RIGHT-TO-LEFT OVERRIDE",
  8288: "WORD JOINER",
  8289: "FUNCTION APPLICATION",
  8290: "INVISIBLE TIMES",
  8291: "INVISIBLE SEPARATOR",
  8292: "INVISIBLE PLUS",
  8294: "LEFT-TO-RIGHT ISOLATE",
  8295: "RIGHT-TO-LEFT ISOLATE",
  8296: "FIRST STRONG ISOLATE",
  8297: "POP DIRECTIONAL ISOLATE",
  8298: "INHIBIT SYMMETRIC SWAPPING",
  8299: "ACTIVATE SYMMETRIC SWAPPING",
  8300: "INHIBIT ARABIC FORM SHAPING",
  8301: "ACTIVATE ARABIC FORM SHAPING",
  8302: "NATIONAL DIGIT SHAPES",
  8303: "NOMINAL DIGIT SHAPES",
  65279: "ZERO WIDTH NO-BREAK SPACE",
  65529: "INTERLINEAR ANNOTATION ANCHOR",
  65530: "INTERLINEAR ANNOTATION SEPARATOR",
  65531: "INTERLINEAR ANNOTATION TERMINATOR",
};

/** Every invisible character but the C0 controls (U+0000–U+001F), as the body of a `u` character class. */
export const beyondC0 =
  "\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff\\ufff9-\\ufffb\\u{e0000}-\\u{e007f}\\ud800-\\udfff";

/**
 * Matches one invisible character: a control character (C0, DEL, C1), a bidirectional control, a
 * zero-width or other format character, a tag character (U+E0000–U+E007F) or an unpaired surrogate
 * (a pair is one code point, which the `u` flag never splits).
 */
export const invisiblePattern = new RegExp(`[\\u0000-\\u001f${beyondC0}]`, "gu");

/** Matches one invisible character other than a C0 control (which JSON and most formats already escape). */
export const invisibleBeyondC0Pattern = new RegExp(`[${beyondC0}]`, "gu");

/** Returns the Unicode name of an invisible character (`ZERO WIDTH SPACE`), or `undefined` for any other. */
export function invisibleName(codePoint: number): string | undefined {
  if (codePoint < 0x20) return c0[codePoint];
  if (codePoint >= 0x80 && codePoint <= 0x9f) return c1[codePoint - 0x80];
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return "UNPAIRED SURROGATE";
  if (codePoint >= 0xe0000 && codePoint <= 0xe007f) return "TAG CHARACTER";
  return format[codePoint];
}

/** Writes a code point as `U+200B`. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Describes an invisible character for people: `U+200B ZERO WIDTH SPACE`. */
export function describeCharacter(codePoint: number): string {
  const name = invisibleName(codePoint);
  return name === undefined ? codePointLabel(codePoint) : `${codePointLabel(codePoint)} ${name}`;
}
