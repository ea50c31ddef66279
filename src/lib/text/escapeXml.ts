// Characters XML 1.0 cannot hold, even escaped: C0 controls other than tab, line feed and carriage
// return, U+FFFE, U+FFFF and unpaired surrogates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it replaces
const notXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/gu;

/**
 * Makes a text holdable by XML: a control character XML forbids is shown as its visible control
 * picture (NUL → ␀, BEL → ␇, ESC → ␛, as the validator's warning describes it), U+FFFE, U+FFFF and
 * an unpaired surrogate as U+FFFD. Any other text is returned as it is.
 */
export function xmlSafeText(text: string): string {
  return text.replace(notXml, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : "\ufffd";
  });
}

/** Escapes a text for XML character data and attribute values (`& < > " '`), after `xmlSafeText`. */
export function escapeXml(text: string): string {
  return xmlSafeText(text)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}
