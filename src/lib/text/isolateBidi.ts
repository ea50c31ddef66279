// Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko…, their presentation forms) and the
// direction controls: text holding any of them can reorder what is written around it.
const reorders =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u061c\u200f\u202a-\u202e\u2066-\u2069\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * Isolates a text that could reorder its surroundings (right-to-left letters or direction controls)
 * between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, what `<bdi>` does in markup,
 * for places without markup such as a page's `<title>`. Any other text is returned as it is.
 */
export function isolateBidi(text: string): string {
  return reorders.test(text) ? `\u2068${text}\u2069` : text;
}
