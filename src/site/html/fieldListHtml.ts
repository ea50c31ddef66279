import { htmlAttr } from "../../lib/html/htmlAttr.ts";
import { htmlText } from "../../lib/html/htmlText.ts";
import type { FieldView } from "../fieldValues.ts";
import { inlineValuesHtml } from "./inlineValuesHtml.ts";

/**
 * The HTML of a record's fields (`FieldList.astro`): label, field name and values. Only the rows of
 * `searched` go into the site-wide search (Pagefind); without it, every row does.
 */
export function fieldListHtml(fields: readonly FieldView[], searched?: readonly string[]): string {
  let html = '<dl class="field-list">';
  for (const f of fields) {
    const ignored = searched && !searched.includes(f.name) ? "all" : undefined;
    html += `<div class="field-list__row"${htmlAttr("id", `field-${f.name}`)}${htmlAttr("data-pagefind-ignore", ignored)}><dt data-pagefind-ignore>${htmlText(f.label)}`;
    if (f.derived) html += `<span class="derived-marker">${htmlText(f.derived.marker)}</span>`;
    html += `<span class="field-list__name">${htmlText(f.name)}</span></dt><dd>${inlineValuesHtml(f.values, true)}`;
    if (f.derived) html += `<p class="field-list__derived">${htmlText(f.derived.note)}</p>`;
    html += "</dd></div>";
  }
  return `${html}</dl>`;
}
