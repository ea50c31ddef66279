import { releaseText } from "../../i18n/releaseText.ts";
import { htmlAttr } from "../../lib/html/htmlAttr.ts";
import { htmlText } from "../../lib/html/htmlText.ts";
import type { Lang } from "../../lib/model.ts";
import { recordHistory } from "../../lib/releases/recordHistory.ts";
import { datasetSchemaRoot } from "../../lib/releases/releaseSnapshot.ts";
import type { ReleasesData } from "../../node/releases.ts";
import { recordHistoryView } from "../releases/recordHistoryView.ts";
import { changeListHtml } from "./changeListHtml.ts";

/**
 * The attribute Astro scopes `RecordHistory.astro`'s styles by (a hash of the component's path;
 * test/build/activityPages.test.ts checks that the built stylesheet uses it).
 */
export const recordHistoryScope = "data-astro-cid-gjvhnvvr";

/**
 * The HTML of a record's history across data releases (`RecordHistory.astro`): the release that
 * first published it, the fields changed later (old → new) and whether it was removed.
 */
export function recordHistoryHtml(
  releases: ReleasesData,
  lang: Lang,
  dataset: string,
  id: string,
  headingLevel: 2 | 3 = 2,
): string {
  const s = recordHistoryScope;
  const events = recordHistoryView(recordHistory(releases.history, dataset, id), lang, (version) =>
    datasetSchemaRoot(releases.byVersion.get(version)?.snapshot, dataset),
  );
  const heading = headingLevel === 3 ? "h3" : "h2";
  const headingId = `history-${dataset}-${id}`.replace(/[^A-Za-z0-9_-]/g, "-");
  // Astro writes the scope of a dynamic element (`<Heading>`) with the value "true".
  let html = `<section class="record-history"${htmlAttr("aria-labelledby", headingId)} ${s}><${heading}${htmlAttr("id", headingId)} ${s}="true">${htmlText(releaseText(lang, "history.title"))}</${heading}>`;
  if (events.length === 0)
    return `${html}<p class="note" ${s}>${htmlText(releaseText(lang, "history.none"))}</p></section>`;
  html += `<ol class="record-history__events" ${s}>`;
  for (const event of events) {
    html += `<li class="record-history__event"${htmlAttr("data-kind", event.kind)} ${s}><p class="record-history__when" ${s}><a${htmlAttr("href", event.href)} ${s}>${htmlText(event.release)}</a> · <time${htmlAttr("datetime", event.isoDate)} ${s}>${htmlText(event.date)}</time> · <strong ${s}>${htmlText(event.what)}</strong></p>`;
    if (event.note) html += `<p class="note" ${s}>${htmlText(event.note)}</p>`;
    if (event.changes.length > 0) html += changeListHtml(lang, event.changes);
    html += "</li>";
  }
  return `${html}</ol></section>`;
}
