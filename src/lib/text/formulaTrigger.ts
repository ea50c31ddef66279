// The characters a spreadsheet starts a formula with, in ASCII and full width (＝ ＋ － ＠).
const formulaStart = /^[\s\u3000]*([=+\-@\uff1d\uff0b\uff0d\uff20])/;
const plainNumber = /^[+-]?\d[\d.,]*$/;

/**
 * Returns the character that would make a spreadsheet read a text as a formula (OWASP's CSV
 * injection triggers): a leading `=`, `+`, `-` or `@`, also after spaces, tabs or line breaks and in
 * full width (`＝`), or a leading tab or carriage return. Numbers such as `-3` or `+62` alone are not
 * formulas. Returns `undefined` for any other text.
 */
export function formulaTrigger(text: string): string | undefined {
  const first = text.charCodeAt(0);
  // Most text starts with a letter or digit: no need to look further.
  if (first > 0x40 && first < 0x3000) return undefined;
  if (first === 0x09 || first === 0x0d) return text[0];
  const match = formulaStart.exec(text);
  if (!match) return undefined;
  const rest = text.trim();
  if (rest.length < 2 || plainNumber.test(rest)) return undefined;
  return match[1];
}
