import { t } from "../../i18n/t.ts";
import { htmlAttr } from "../../lib/html/htmlAttr.ts";
import { htmlText } from "../../lib/html/htmlText.ts";
import type { Lang } from "../../lib/model.ts";
import type { SourceView } from "../sourceViews.ts";

/** The HTML of a record's cited sources (`SourceList.astro`): each a link when it has a URL, a citation otherwise. */
export function sourceListHtml(lang: Lang, sources: readonly SourceView[], headingId = "sources"): string {
  let html = `<section class="sources"${htmlAttr("aria-labelledby", headingId)}><h2${htmlAttr("id", headingId)}>${htmlText(t(lang, "activity.sources"))}</h2><ol class="source-list">`;
  for (const s of sources) {
    html += `<li${htmlAttr("id", `source-${s.id}`)} class="source"><span${htmlAttr("class", `badge badge--${s.type}`)}>${htmlText(s.typeLabel)}</span><p class="source__title">`;
    html += s.url
      ? `<a${htmlAttr("href", s.url)} rel="external"${htmlAttr("lang", s.language)}>${htmlText(s.title)}</a>`
      : `<cite${htmlAttr("lang", s.language)}>${htmlText(s.title)}</cite>`;
    html += `</p><p class="source__meta">${htmlText(s.publisher)}`;
    if (s.date) html += `, ${htmlText(s.date)}`;
    html += "</p>";
    if (!s.url) html += `<p class="source__note">${htmlText(t(lang, "source.noUrl"))}</p>`;
    if (s.type === "mirror") html += `<p class="source__note">${htmlText(t(lang, "source.mirror"))}</p>`;
    if (s.url) html += `<p class="source__url">${htmlText(s.url)}</p>`;
    if (s.note) html += `<p class="source__note">${htmlText(s.note)}</p>`;
    html += "</li>";
  }
  return `${html}</ol></section>`;
}
