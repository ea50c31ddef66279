// Characters that HTML reports as parse errors and XML 1.0 cannot hold or discourages: C0 controls
// other than tab, line feed and carriage return, DEL, C1 controls, noncharacters and unpaired surrogates.
const unprintable =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it replaces
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]/gu;

/**
 * Makes a text safe to print in HTML and XML: a C0 control character is shown as its visible control
 * picture (NUL → ␀, BEL → ␇, ESC → ␛), DEL as ␡, and a C1 control, a noncharacter or an unpaired
 * surrogate as U+FFFD. Tabs and line breaks, and any other text, are returned as they are. The
 * validator warns about each of these characters (`invisible-in-text`); the downloads keep them.
 */
export function printableText(text: string): string {
  return text.replace(unprintable, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? "\u2421" : "\ufffd";
  });
}
