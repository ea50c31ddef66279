import { findText } from "../i18n/findText.ts";
import { t, tParts, type UiKey, type UiPart } from "../i18n/t.ts";
import type { Lang } from "../lib/model.ts";
import { catalogLicence } from "./catalogLicence.ts";
import { type EntityKind, entityKindOf } from "./entityKind.ts";
import { dataPackagePath } from "./filePaths.ts";
import { langs, type NavSection, otherLang, type PageKey, pathOf, sectionOf } from "./routes.ts";
import type { SiteData } from "./siteData.ts";

/** A link of the main navigation, marked current when the page belongs to its section. */
export interface NavItem {
  label: string;
  href: string;
  current: boolean;
}

/** Everything the page chrome shows: navigation, language switch, alternates and footer. */
export interface LayoutView {
  nav: NavItem[];
  switchLink: { href: string; text: string; lang: Lang };
  alternates: { lang: Lang; href: string }[];
  /** The header's search box (absent on the search page itself, which has its own). */
  search?: { href: string; label: string; placeholder: string; submit: string };
  /** Set on pages about one thing: marks `<main data-page-kind>` and puts the page in the search index. */
  entityKind?: EntityKind;
  footer: {
    licence: UiPart[];
    version: string;
    catalogHref: string;
    dataPackageHref: string;
  };
}

/** The main navigation's sections with their labels. */
const navSections: readonly { kind: NavSection; label: UiKey }[] = [
  { kind: "dashboard", label: "nav.dashboard" },
  { kind: "activities", label: "nav.activities" },
  { kind: "commitments", label: "nav.commitments" },
  { kind: "catalog", label: "nav.data" },
  { kind: "about", label: "nav.about" },
];

/** Returns the licence the datasets use (CC BY 4.0 in the default data), with its name and text URL. */
export function siteLicence(data: SiteData, lang: Lang): { id: string; name: string; href: string } {
  return catalogLicence(data.catalog, lang);
}

/** Builds the page chrome for a page in a language. */
export function layoutView(data: SiteData, page: PageKey, lang: Lang): LayoutView {
  const other = otherLang(lang);
  const path = (l: Lang) => pathOf(page, l);
  const section = sectionOf(page);
  const licence = siteLicence(data, lang);
  const entityKind = entityKindOf(page);
  return {
    nav: navSections.map((s) => ({
      label: t(lang, s.label),
      href: pathOf({ kind: s.kind }, lang),
      current: s.kind === section,
    })),
    switchLink: { href: path(other), text: t(lang, "lang.switchTo"), lang: other },
    alternates: langs.map((l) => ({ lang: l, href: path(l) })),
    ...(page.kind === "search"
      ? {}
      : {
          search: {
            href: pathOf({ kind: "search" }, lang),
            label: findText(lang, "search.label"),
            placeholder: findText(lang, "search.placeholder"),
            submit: findText(lang, "search.submit"),
          },
        }),
    ...(entityKind ? { entityKind } : {}),
    footer: {
      licence: tParts(lang, "footer.licence", { licence: { text: licence.name, href: licence.href } }),
      version: t(lang, "footer.version", { version: data.version, date: data.builtOn }),
      catalogHref: pathOf({ kind: "catalog" }, lang),
      dataPackageHref: dataPackagePath,
    },
  };
}
