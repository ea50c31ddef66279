import { htmlAttr } from "../../lib/html/htmlAttr.ts";
import { htmlText } from "../../lib/html/htmlText.ts";
import type { Inline } from "../fieldValues.ts";

// Every value is isolated from the sentence around it (a link by the stylesheet's `unicode-bidi:
// isolate`, a plain value and its gloss by `dir="auto"`/`<bdi>`), so right-to-left text in the data
// cannot reorder the commas, brackets and labels between values (docs/security.md). No space comes
// between a value, its gloss and its code.

/** One value: a link or a text, its gloss, and its code when it says more than the text. */
function inlineValueHtml(v: Inline, spacedCode: boolean): string {
  let html = v.href
    ? `<a${htmlAttr("href", v.href)}${htmlAttr("lang", v.lang)}${htmlAttr("rel", v.external ? "external" : undefined)}>${htmlText(v.text)}</a>`
    : `<span${htmlAttr("lang", v.lang)} dir="auto"${v.absent ? ' class="absent"' : ""}>${htmlText(v.text)}</span>`;
  if (v.gloss) html += `<span class="gloss"> (<bdi>${htmlText(v.gloss)}</bdi>)</span>`;
  if (v.code && v.code !== v.text)
    html += `<span class="code">${htmlText(spacedCode ? ` ${v.code}` : v.code)}</span>`;
  return html;
}

/**
 * The HTML of a field's values (`InlineValues.astro`): a comma-separated run, or with `block` and
 * more than one value, one value per list item.
 */
export function inlineValuesHtml(values: readonly Inline[], block = false): string {
  if (block && values.length > 1)
    return `<ul class="value-list">${values.map((v) => `<li>${inlineValueHtml(v, false)}</li>`).join("")}</ul>`;
  return values.map((v) => inlineValueHtml(v, true)).join(", ");
}
