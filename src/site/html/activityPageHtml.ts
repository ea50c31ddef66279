import { t } from "../../i18n/t.ts";
import { htmlAttr } from "../../lib/html/htmlAttr.ts";
import { htmlText } from "../../lib/html/htmlText.ts";
import type { Lang } from "../../lib/model.ts";
import type { ReleasesData } from "../../node/releases.ts";
import { type ActivityView, activityView } from "../activityViews.ts";
import { layoutView } from "../layoutView.ts";
import { otherLang, type PageKey } from "../routes.ts";
import type { SiteData } from "../siteData.ts";
import { fieldListHtml } from "./fieldListHtml.ts";
import { inlineValuesHtml } from "./inlineValuesHtml.ts";
import { labelledValuesHtml } from "./labelledValuesHtml.ts";
import { pageHeaderHtml } from "./pageHeaderHtml.ts";
import { pageHeadHtml } from "./pageHeadHtml.ts";
import { recordHistoryHtml } from "./recordHistoryHtml.ts";
import { reportProblemHtml } from "./reportProblemHtml.ts";
import { siteHeaderHtml } from "./siteHeaderHtml.ts";
import { sourceListHtml } from "./sourceListHtml.ts";

/** How much a search match in an activity page's id (its kicker) counts: as much as Pagefind allows. */
export const activityIdSearchWeight = 10;

/** The HTML an activity page adds under its heading (`Activity.astro`): its title in the other language. */
export function activityHeaderHtml(lang: Lang, view: ActivityView): string {
  return `<p class="other-title"${htmlAttr("lang", otherLang(lang))}>${htmlText(view.otherTitle)}</p>`;
}

/**
 * The HTML of an activity page's body (`Activity.astro`): description, notes, key facts, related
 * commitments, every field, the record's history, "report a problem" and the sources.
 */
export function activityBodyHtml(
  data: SiteData,
  releases: ReleasesData,
  lang: Lang,
  view: ActivityView,
): string {
  let html = '<div class="detail-grid"><div class="detail-grid__main">';
  if (view.description) html += `<p class="lede">${htmlText(view.description)}</p>`;
  if (view.notes) html += `<p class="note">${htmlText(view.notes)}</p>`;
  html += labelledValuesHtml(view.facts);
  if (view.commitments.length > 0)
    html += `<section aria-labelledby="related"><h2 id="related">${htmlText(t(lang, "activity.related"))}</h2>${inlineValuesHtml(view.commitments, true)}</section>`;
  html += `<section aria-labelledby="fields"><h2 id="fields">${htmlText(t(lang, "activity.fields"))}</h2><p>${htmlText(t(lang, "activity.fieldsLede"))}</p>${fieldListHtml(view.fields, view.searchedFields)}</section>`;
  html += recordHistoryHtml(releases, lang, "activities", view.id);
  html += `</div><aside class="detail-grid__aside">${reportProblemHtml(data, lang, "activities", view.id)}${sourceListHtml(lang, view.sources)}</aside></div>`;
  return html;
}

/** The parts of an activity page that differ from one activity to the next, in the order they come. */
export interface ActivityPageParts {
  /** The head's description of the page (`pageHeadHtml`). */
  head: string;
  /** The site's header, whose language switch links the page in the other language. */
  siteHeader: string;
  /** Breadcrumbs, id, title and the title in the other language. */
  pageHeader: string;
  body: string;
}

/**
 * The parts of an activity page that name or show the activity, written by the same functions the
 * page's Astro components use with the same values (`Activity.astro`, `HeadedPage.astro`,
 * `BaseLayout.astro`); everything between them is the same on every activity page of a language.
 */
export function activityPageParts(
  data: SiteData,
  releases: ReleasesData,
  lang: Lang,
  id: string,
  site: string | undefined,
): ActivityPageParts {
  const view = activityView(data, lang, id);
  const page: PageKey = { kind: "activity", id };
  const layout = layoutView(data, page, lang);
  return {
    head: pageHeadHtml({ lang, page, title: view.title, description: view.description, layout, site }),
    siteHeader: siteHeaderHtml(lang, layout),
    pageHeader: pageHeaderHtml({
      lang,
      title: view.title,
      page,
      kicker: view.id,
      kickerSearchWeight: activityIdSearchWeight,
      inner: activityHeaderHtml(lang, view),
    }),
    body: activityBodyHtml(data, releases, lang, view),
  };
}
