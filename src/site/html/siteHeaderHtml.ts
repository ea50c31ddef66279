import { t } from "../../i18n/t.ts";
import { htmlAttr } from "../../lib/html/htmlAttr.ts";
import { htmlText } from "../../lib/html/htmlText.ts";
import type { Lang } from "../../lib/model.ts";
import type { LayoutView } from "../layoutView.ts";

/** The HTML of the site's header (`SiteHeader.astro`): name, search box, language switch and navigation. */
export function siteHeaderHtml(lang: Lang, layout: LayoutView): string {
  const home = layout.nav[0]?.href ?? `/${lang}/`;
  let html = `<header class="site-header"><div class="wrap site-header__top"><a class="brand"${htmlAttr("href", home)}><span class="brand__name">${htmlText(t(lang, "site.name"))}</span><span class="brand__tagline">${htmlText(t(lang, "site.tagline"))}</span></a>`;
  const search = layout.search;
  if (search)
    html += `<form class="site-search" role="search"${htmlAttr("action", search.href)} method="get"><label class="visually-hidden" for="site-search-q">${htmlText(search.label)}</label><input id="site-search-q" type="search" name="q"${htmlAttr("placeholder", search.placeholder)} autocomplete="off"><button type="submit">${htmlText(search.submit)}</button></form>`;
  const link = layout.switchLink;
  html += `<p class="lang-switch"><span class="visually-hidden">${htmlText(t(lang, "lang.label"))}: </span><a${htmlAttr("href", link.href)}${htmlAttr("hreflang", link.lang)}${htmlAttr("lang", link.lang)}>${htmlText(link.text)}</a></p></div><nav class="site-nav"${htmlAttr("aria-label", t(lang, "nav.label"))}><ul class="wrap site-nav__list">`;
  for (const item of layout.nav)
    html += `<li><a${htmlAttr("href", item.href)}${htmlAttr("aria-current", item.current ? "page" : undefined)}>${htmlText(item.label)}</a></li>`;
  return `${html}</ul></nav></header>`;
}
