import { commitmentFacet, type FacetName } from "../lib/commitments/commitmentFacets.ts";
import type { Lang } from "../lib/model.ts";

/** The site's languages, Bahasa Indonesia first (the default). */
export const langs: readonly Lang[] = ["id", "en"];

/** Returns the other site language. */
export function otherLang(lang: Lang): Lang {
  return lang === "id" ? "en" : "id";
}

/** Identifies a page independently of its language, so each page can link to its translation. */
export type PageKey =
  | { kind: "dashboard" }
  | { kind: "activities" }
  | { kind: "activity"; id: string }
  | { kind: "participants" }
  | { kind: "countries" }
  | { kind: "country"; id: string }
  | { kind: "regions" }
  | { kind: "region"; id: string }
  | { kind: "provinces" }
  | { kind: "province"; id: string }
  | { kind: "regency"; id: string }
  | { kind: "sectors" }
  | { kind: "sector"; id: string }
  | { kind: "sdgs" }
  | { kind: "sdg"; id: string }
  | { kind: "organisations" }
  | { kind: "organisation"; id: string }
  | { kind: "commitments" }
  | { kind: "commitment"; id: string }
  /** Commitments with one value of a facet (src/lib/commitments/commitmentFacets.ts), e.g. one action plan. */
  | { kind: "commitmentFacet"; facet: FacetName; value: string }
  | { kind: "claims" }
  | { kind: "claim"; id: string }
  | { kind: "finances" }
  /** The later pages of a long list with an explorer, for reading it without JavaScript. */
  | { kind: "activitiesPage"; page: number }
  | { kind: "claimsPage"; page: number }
  | { kind: "financesPage"; page: number }
  | { kind: "catalog" }
  | { kind: "dataset"; id: string }
  | { kind: "about" }
  /** The list of charts, and each chart's own page (its permalink) and embeddable page. */
  | { kind: "charts" }
  | { kind: "chart"; id: string }
  | { kind: "chartEmbed"; id: string }
  /** The list of data releases and each release's page. */
  | { kind: "releases" }
  | { kind: "release"; version: string }
  /** Site-wide search (Pagefind); without JavaScript, links to the lists. */
  | { kind: "search" };

/** A page kind. */
export type PageKind = PageKey["kind"];

/** The key of a page of one kind. */
export type PageOf<K extends PageKind> = Extract<PageKey, { kind: K }>;

/** A kind with a single page (a list or section page): its key is the kind alone. */
export type ListKind = {
  [K in PageKind]: Exclude<keyof PageOf<K>, "kind"> extends never ? K : never;
}[PageKind];

/** A section of the main navigation (`layoutView.ts` gives each its label). */
export type NavSection = "dashboard" | "activities" | "commitments" | "catalog" | "about";

/** How the pages of one kind are addressed and where they sit in the site. */
interface Route<K extends PageKind> {
  /** The page's path segments below its language folder, in that language (none for the dashboard). */
  segments(key: PageOf<K>, lang: Lang): readonly string[];
  /** The list page just above this one in its breadcrumb trail; the dashboard has none. */
  parent?: ListKind;
  /** The main navigation section marked current on the page, if any. */
  section?: NavSection;
}

/** The localised first path segment of each section; detail pages live under their list's. */
const sections = {
  activities: { id: "kegiatan", en: "activities" },
  participants: { id: "peserta", en: "participants" },
  countries: { id: "negara-mitra", en: "partner-countries" },
  provinces: { id: "provinsi", en: "provinces" },
  organisations: { id: "organisasi", en: "organisations" },
  commitments: { id: "komitmen", en: "commitments" },
  claims: { id: "klaim", en: "claims" },
  finances: { id: "keuangan", en: "finances" },
  regions: { id: "kawasan", en: "regions" },
  sectors: { id: "sektor", en: "sectors" },
  sdgs: { id: "tpb", en: "sdgs" },
  catalog: { id: "data", en: "data" },
  about: { id: "tentang", en: "about" },
  charts: { id: "grafik", en: "charts" },
  releases: { id: "releases", en: "releases" },
  search: { id: "cari", en: "search" },
} as const satisfies Record<string, Record<Lang, string>>;

/** A list page: one localised segment. */
const list = (section: keyof typeof sections) => (_key: unknown, lang: Lang) => [sections[section][lang]];

/** A page about one thing: its list's segment, then its id. */
const under = (section: keyof typeof sections) => (key: { id: string }, lang: Lang) => [
  sections[section][lang],
  key.id,
];

/** The segment of the numbered pages of a long list (`kegiatan/halaman/2`). */
const pageSegment: Record<Lang, string> = { id: "halaman", en: "page" };

/** A numbered page of a long list. */
const numbered = (section: keyof typeof sections) => (key: { page: number }, lang: Lang) => [
  sections[section][lang],
  pageSegment[lang],
  String(key.page),
];

/**
 * The route table: every page kind of the site, its path in each language, its breadcrumb parent and
 * its navigation section. A new page kind is one entry here (and one in `PageKey`); the type check
 * fails until it has one.
 */
const routes: { [K in PageKind]: Route<K> } = {
  dashboard: { segments: () => [], section: "dashboard" },
  activities: { segments: list("activities"), parent: "dashboard", section: "activities" },
  activity: { segments: under("activities"), parent: "activities", section: "activities" },
  participants: { segments: list("participants"), parent: "activities", section: "activities" },
  countries: { segments: list("countries"), parent: "activities", section: "activities" },
  country: { segments: under("countries"), parent: "countries", section: "activities" },
  regions: { segments: list("regions"), parent: "activities", section: "activities" },
  region: { segments: under("regions"), parent: "regions", section: "activities" },
  provinces: { segments: list("provinces"), parent: "activities", section: "activities" },
  province: { segments: under("provinces"), parent: "provinces", section: "activities" },
  regency: { segments: under("provinces"), parent: "provinces", section: "activities" },
  sectors: { segments: list("sectors"), parent: "activities", section: "activities" },
  sector: { segments: under("sectors"), parent: "sectors", section: "activities" },
  sdgs: { segments: list("sdgs"), parent: "activities", section: "activities" },
  sdg: { segments: under("sdgs"), parent: "sdgs", section: "activities" },
  activitiesPage: { segments: numbered("activities"), parent: "activities", section: "activities" },
  organisations: { segments: list("organisations"), parent: "activities", section: "activities" },
  organisation: { segments: under("organisations"), parent: "organisations", section: "activities" },
  commitments: { segments: list("commitments"), parent: "dashboard", section: "commitments" },
  commitment: { segments: under("commitments"), parent: "commitments", section: "commitments" },
  commitmentFacet: {
    segments: (key, lang) => [
      sections.commitments[lang],
      commitmentFacet(key.facet).segment[lang],
      key.value,
    ],
    parent: "commitments",
    section: "commitments",
  },
  claims: { segments: list("claims"), parent: "dashboard", section: "dashboard" },
  claim: { segments: under("claims"), parent: "claims", section: "dashboard" },
  claimsPage: { segments: numbered("claims"), parent: "claims", section: "dashboard" },
  finances: { segments: list("finances"), parent: "dashboard", section: "dashboard" },
  financesPage: { segments: numbered("finances"), parent: "finances", section: "dashboard" },
  catalog: { segments: list("catalog"), parent: "dashboard", section: "catalog" },
  dataset: { segments: under("catalog"), parent: "catalog", section: "catalog" },
  about: { segments: list("about"), parent: "dashboard", section: "about" },
  charts: { segments: list("charts"), parent: "dashboard", section: "dashboard" },
  chart: { segments: under("charts"), parent: "charts", section: "dashboard" },
  chartEmbed: { segments: (key, lang) => [sections.charts[lang], key.id, "embed"] },
  releases: { segments: list("releases"), parent: "catalog", section: "catalog" },
  release: {
    segments: (key, lang) => [sections.releases[lang], key.version],
    parent: "releases",
    section: "catalog",
  },
  search: { segments: list("search"), parent: "dashboard" },
};

/** Returns the route of a page's kind. */
function routeOf<K extends PageKind>(key: PageOf<K>): Route<K> {
  return routes[key.kind as K];
}

/** Returns a page's path segments below its language folder, URL-encoded (`["kegiatan", "ksst-0001"]`). */
export function pathSegments(key: PageKey, lang: Lang): string[] {
  return routeOf(key).segments(key, lang).map(encodeURIComponent);
}

/**
 * Returns the path of a page below its language folder (`kegiatan/ksst-0001`), or `undefined`
 * for the language's home page; this is the `[...path]` route parameter.
 */
export function routeParam(key: PageKey, lang: Lang): string | undefined {
  const segments = pathSegments(key, lang);
  return segments.length === 0 ? undefined : segments.join("/");
}

/** Returns the site-absolute URL path of a page in a language, with the trailing slash. */
export function pathOf(key: PageKey, lang: Lang): string {
  const param = routeParam(key, lang);
  return param === undefined ? `/${lang}/` : `/${lang}/${param}/`;
}

/** Returns the list pages above a page, from the dashboard down (empty for the dashboard). */
export function ancestorsOf(key: PageKey): ListKind[] {
  const trail: ListKind[] = [];
  for (let parent = routeOf(key).parent; parent; parent = routes[parent].parent) trail.unshift(parent);
  return trail;
}

/** Returns the main navigation section a page belongs to, if any. */
export function sectionOf(key: PageKey): NavSection | undefined {
  return routeOf(key).section;
}
