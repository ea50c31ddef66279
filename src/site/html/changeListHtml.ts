import { releaseText } from "../../i18n/releaseText.ts";
import { htmlText } from "../../lib/html/htmlText.ts";
import type { Lang } from "../../lib/model.ts";
import type { ChangeView } from "../releases/changeView.ts";
import type { ValueView } from "../releases/displayValue.ts";

/**
 * The attribute Astro scopes `ChangeList.astro`'s styles by (a hash of the component's path: it
 * changes only if the file moves; test/build/activityPages.test.ts checks that the built stylesheet
 * uses it).
 */
export const changeListScope = "data-astro-cid-yjcqr67i";

/** One side of a change: before (`del`) or after (`ins`). */
function sideHtml(tag: "del" | "ins", lang: Lang, value: ValueView): string {
  const s = changeListScope;
  const label = releaseText(lang, tag === "del" ? "release.before" : "release.after");
  let html = `<${tag}${value.missing || value.empty ? ' class="absent"' : ""} ${s}><span class="visually-hidden" ${s}>${htmlText(label)}: </span>${htmlText(value.text)}`;
  if (value.type) html += `<span class="change__type" ${s}> (${htmlText(value.type)})</span>`;
  return `${html}</${tag}>`;
}

/** The HTML of a list of field changes, old → new (`ChangeList.astro`, on release pages and record histories). */
export function changeListHtml(lang: Lang, changes: readonly ChangeView[]): string {
  const s = changeListScope;
  let html = `<ul class="changes" ${s}>`;
  for (const change of changes)
    html += `<li class="change" ${s}><span class="change__field" ${s}>${htmlText(change.field)}</span> <span class="badge" ${s}>${htmlText(change.kindLabel)}</span><span class="change__values" ${s}>${sideHtml("del", lang, change.old)}<span aria-hidden="true" ${s}> → </span>${sideHtml("ins", lang, change.new)}</span></li>`;
  return `${html}</ul>`;
}
