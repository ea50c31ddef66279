import { htmlText } from "../../lib/html/htmlText.ts";
import type { Inline } from "../fieldValues.ts";
import { inlineValuesHtml } from "./inlineValuesHtml.ts";

/** One fact: its label, its values, and for a derived value its sign and basis (see FactView). */
export interface LabelledFact {
  label: string;
  values: readonly Inline[];
  marker?: string | undefined;
  note?: string | undefined;
}

/** The HTML of a list of facts (`LabelledValues.astro`); labels are left out of the site search. */
export function labelledValuesHtml(items: readonly LabelledFact[]): string {
  let html = '<dl class="facts">';
  for (const item of items) {
    html += `<div><dt data-pagefind-ignore>${htmlText(item.label)}`;
    if (item.marker) html += `<span class="derived-marker">${htmlText(item.marker)}</span>`;
    html += `</dt><dd>${inlineValuesHtml(item.values)}`;
    if (item.note) html += `<span class="fact-note">${htmlText(item.note)}</span>`;
    html += "</dd></div>";
  }
  return `${html}</dl>`;
}
