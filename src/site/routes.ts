import { commitmentFacet, type FacetName } from "../lib/commitments/commitmentFacets.ts";
import type { Lang } from "../lib/model.ts";

/** The site's languages, Bahasa Indonesia first (the default). */
export const langs: readonly Lang[] = ["id", "en"];

/** Identifies a page independently of its language, so each page can link to its translation. */
export type PageKey =
  | { kind: "dashboard" }
  | { kind: "activities" }
  | { kind: "activity"; id: string }
  | { kind: "participants" }
  | { kind: "countries" }
  | { kind: "provinces" }
  | { kind: "organisations" }
  | { kind: "organisation"; id: string }
  | { kind: "commitments" }
  | { kind: "commitment"; id: string }
  /** Commitments with one value of a facet (src/lib/commitments/commitmentFacets.ts), e.g. one action plan. */
  | { kind: "commitmentFacet"; facet: FacetName; value: string }
  | { kind: "claims" }
  | { kind: "catalog" }
  | { kind: "dataset"; id: string }
  | { kind: "about" };

/** A page kind. */
export type PageKind = PageKey["kind"];

/** The localised path segment of each section; detail pages live under their list's segment. */
const segments: Record<Exclude<PageKind, "dashboard">, Record<Lang, string>> = {
  activities: { id: "kegiatan", en: "activities" },
  activity: { id: "kegiatan", en: "activities" },
  participants: { id: "peserta", en: "participants" },
  countries: { id: "negara-mitra", en: "partner-countries" },
  provinces: { id: "provinsi", en: "provinces" },
  organisations: { id: "organisasi", en: "organisations" },
  organisation: { id: "organisasi", en: "organisations" },
  commitments: { id: "komitmen", en: "commitments" },
  commitment: { id: "komitmen", en: "commitments" },
  commitmentFacet: { id: "komitmen", en: "commitments" },
  claims: { id: "klaim", en: "claims" },
  catalog: { id: "data", en: "data" },
  dataset: { id: "data", en: "data" },
  about: { id: "tentang", en: "about" },
};

/**
 * Returns the path of a page below its language folder (`kegiatan/ksst-0001`), or `undefined`
 * for the language's home page; this is the `[...path]` route parameter.
 */
export function routeParam(key: PageKey, lang: Lang): string | undefined {
  if (key.kind === "dashboard") return undefined;
  const segment = segments[key.kind][lang];
  if (key.kind === "commitmentFacet")
    return `${segment}/${commitmentFacet(key.facet).segment[lang]}/${encodeURIComponent(key.value)}`;
  return "id" in key ? `${segment}/${encodeURIComponent(key.id)}` : segment;
}

/** Returns the site-absolute URL path of a page in a language, with the trailing slash. */
export function pathOf(key: PageKey, lang: Lang): string {
  const param = routeParam(key, lang);
  return param === undefined ? `/${lang}/` : `/${lang}/${param}/`;
}

/** Returns the URL path of a file under `/downloads/`. */
export function downloadPath(fileName: string): string {
  return `/downloads/${fileName}`;
}

/** Returns the other site language. */
export function otherLang(lang: Lang): Lang {
  return lang === "id" ? "en" : "id";
}
