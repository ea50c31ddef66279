import { t } from "../../i18n/t.ts";
import { htmlAttr } from "../../lib/html/htmlAttr.ts";
import { htmlText } from "../../lib/html/htmlText.ts";
import type { Lang } from "../../lib/model.ts";
import { breadcrumbs } from "../breadcrumbs.ts";
import type { PageKey } from "../routes.ts";

/** What a page's header shows (`PageHeader.astro`). */
export interface PageHeaderInput {
  lang: Lang;
  title: string;
  /** The page this header heads: its breadcrumb trail comes from the route table. */
  page: PageKey;
  /** A short label above the title, e.g. the record's id. */
  kicker?: string | undefined;
  /** Language of the title, when it is not the page's. */
  titleLang?: Lang | undefined;
  /** How much a search match in the title counts (Pagefind's 0–10; headings count 7 by default). */
  searchWeight?: number | undefined;
  /**
   * How much a search match in the kicker counts, when the kicker is the record's own identifier: a
   * search for an activity's id then lists its page before pages that merely mention the id.
   */
  kickerSearchWeight?: number | undefined;
  /** The HTML under the title (the lede and what the page adds). */
  inner: string;
}

/** The HTML of a page's header: breadcrumbs, kicker, title and what comes under it. */
export function pageHeaderHtml(input: PageHeaderInput): string {
  const { lang, title, page, kicker, titleLang, searchWeight, kickerSearchWeight, inner } = input;
  const crumbs = breadcrumbs(page, lang);
  let html = '<div class="page-header">';
  if (crumbs.length > 0)
    html += `<nav class="breadcrumbs"${htmlAttr("aria-label", t(lang, "breadcrumb.label"))}><ol>${crumbs.map((c) => `<li><a${htmlAttr("href", c.href)}>${htmlText(c.text)}</a></li>`).join("")}</ol></nav>`;
  if (kicker)
    html += `<p class="kicker"${htmlAttr("data-pagefind-weight", kickerSearchWeight)}>${htmlText(kicker)}</p>`;
  return `${html}<h1${htmlAttr("lang", titleLang)} dir="auto"${htmlAttr("data-pagefind-weight", searchWeight)}>${htmlText(title)}</h1>${inner}</div>`;
}
