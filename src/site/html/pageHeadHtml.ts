import { t } from "../../i18n/t.ts";
import { htmlAttr } from "../../lib/html/htmlAttr.ts";
import { htmlText } from "../../lib/html/htmlText.ts";
import type { Lang } from "../../lib/model.ts";
import { isolateBidi } from "../../lib/text/isolateBidi.ts";
import { shareCardPath } from "../filePaths.ts";
import type { LayoutView } from "../layoutView.ts";
import type { PageKey } from "../routes.ts";

/** The image social media show for a page (a site path to a PNG). */
export interface ShareImage {
  path: string;
  alt: string;
  width: number;
  height: number;
}

/** What a page's head says about it (`BaseLayout.astro`). */
export interface PageHeadInput {
  lang: Lang;
  page: PageKey;
  title: string;
  description?: string | undefined;
  /** The image social media show for the page, by default the site's share card. */
  image?: ShareImage | undefined;
  layout: LayoutView;
  /** The site's public address, when known: links are then absolute. */
  site?: URL | string | undefined;
}

const locales: Record<Lang, string> = { id: "id_ID", en: "en_GB" };

/**
 * The HTML of the part of a page's head that describes the page: title, description, canonical and
 * alternate addresses, Open Graph and Twitter cards.
 */
export function pageHeadHtml(input: PageHeadInput): string {
  const { lang, page, title, description, image, layout, site } = input;
  const siteName = t(lang, "site.name");
  // Right-to-left text in the page's own title never reorders the site's name (see isolateBidi).
  const isolated = isolateBidi(title);
  const fullTitle = page.kind === "dashboard" ? `${siteName}: ${isolated}` : `${isolated} · ${siteName}`;
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const self = absolute(layout.alternates.find((a) => a.lang === lang)?.href ?? "/");
  const summary = description ?? t(lang, "site.tagline");
  const card = image ?? {
    path: shareCardPath,
    alt: `${siteName}: ${t(lang, "site.tagline")}`,
    width: 1200,
    height: 630,
  };
  const cardUrl = absolute(card.path);
  const meta = (kind: "name" | "property", key: string, content: string) =>
    `<meta${htmlAttr(kind, key)}${htmlAttr("content", content)}>`;
  return [
    `<title>${htmlText(fullTitle)}</title>`,
    meta("name", "description", summary),
    `<link rel="canonical"${htmlAttr("href", self)}>`,
    ...layout.alternates.map(
      (a) => `<link rel="alternate"${htmlAttr("hreflang", a.lang)}${htmlAttr("href", absolute(a.href))}>`,
    ),
    `<link rel="alternate" hreflang="x-default"${htmlAttr("href", absolute(layout.alternates[0]?.href ?? "/"))}>`,
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
    '<meta name="color-scheme" content="light">',
    '<meta property="og:type" content="website">',
    meta("property", "og:site_name", siteName),
    meta("property", "og:title", title),
    meta("property", "og:description", summary),
    meta("property", "og:url", self),
    meta("property", "og:locale", locales[lang]),
    ...layout.alternates
      .filter((a) => a.lang !== lang)
      .map((a) => meta("property", "og:locale:alternate", locales[a.lang])),
    meta("property", "og:image", cardUrl),
    '<meta property="og:image:type" content="image/png">',
    meta("property", "og:image:width", String(card.width)),
    meta("property", "og:image:height", String(card.height)),
    meta("property", "og:image:alt", card.alt),
    '<meta name="twitter:card" content="summary_large_image">',
    meta("name", "twitter:title", title),
    meta("name", "twitter:description", summary),
    meta("name", "twitter:image", cardUrl),
    meta("name", "twitter:image:alt", card.alt),
  ].join("");
}
