import { type CommitmentTextKey, commitmentText } from "../i18n/commitmentText.ts";
import { t } from "../i18n/t.ts";
import { commitmentFacet, commitmentFacets, type FacetName } from "../lib/commitments/commitmentFacets.ts";
import {
  type FacetEntries,
  type FacetOrders,
  type FacetValue,
  facetIndex,
} from "../lib/commitments/facetIndex.ts";
import { notFoundKey } from "../lib/commitments/facetKey.ts";
import { irmValueOrder } from "../lib/commitments/irmValueOrder.ts";
import { ogpTermLabel } from "../lib/commitments/ogpTermLabel.ts";
import { type PlanCoverage, planCoverage } from "../lib/commitments/planCoverage.ts";
import { formatDateRange } from "../lib/format/formatDateRange.ts";
import { formatNumber } from "../lib/format/formatNumber.ts";
import type { Commitment, Lang } from "../lib/model.ts";
import { planShortLabel, plansInOrder } from "./actionPlans.ts";
import type { Inline } from "./fieldValues.ts";
import { organisationRef } from "./names.ts";
import { type PageKey, pathOf } from "./routes.ts";
import type { SiteData } from "./siteData.ts";

/** How facet values are ordered on the site: plans by date, IRM values strongest first. */
export function facetOrders(data: SiteData): FacetOrders {
  return { ...irmValueOrder, plan: plansInOrder(data).map((p) => p.id) };
}

const indexes = new WeakMap<SiteData, FacetEntries[]>();

/**
 * Indexes the site's commitments by every facet, once per build. Every action plan is a value of the
 * plan facet, also one without commitment records: its page still shows the IRM's plan figures.
 */
export function siteFacetIndex(data: SiteData): FacetEntries[] {
  const cached = indexes.get(data);
  if (cached) return cached;
  const index = facetIndex(data.datasets.commitments, commitmentFacets, facetOrders(data)).map((entry) => {
    if (entry.facet.name !== "plan") return entry;
    const values: FacetValue[] = plansInOrder(data).map(
      (plan) => entry.values.find((v) => v.value === plan.id) ?? { key: plan.id, value: plan.id, ids: [] },
    );
    return { facet: entry.facet, values };
  });
  indexes.set(data, index);
  return index;
}

const coverages = new WeakMap<SiteData, PlanCoverage[]>();

/** Counts each action plan's commitment records against its published total, once per build. */
export function planCoverageOf(data: SiteData): PlanCoverage[] {
  const cached = coverages.get(data);
  if (cached) return cached;
  const coverage = planCoverage(plansInOrder(data), data.datasets.commitments, data.index.sources);
  coverages.set(data, coverage);
  return coverage;
}

/**
 * Says how many of a plan's commitments are on record: "19 of the IRM's 24 commitments are on
 * record", "4 of the plan's 4 …" when the total is the plan's own, or "2 … ; total not found".
 */
export function planCoverageText(data: SiteData, lang: Lang, plan: string): string {
  const c = planCoverageOf(data).find((p) => p.plan === plan);
  const onRecord = formatNumber(c?.onRecord ?? 0, lang);
  const main =
    c?.total === undefined
      ? commitmentText(lang, "coverage.unknownTotal", { onRecord })
      : commitmentText(lang, c.totalByIrm ? "coverage.ofIrm" : "coverage.ofPlan", {
          onRecord,
          total: formatNumber(c.total, lang),
        });
  if (!c || c.descriptive === 0) return main;
  const note =
    c.descriptive === 1
      ? commitmentText(lang, "coverage.descriptiveOne")
      : commitmentText(lang, "coverage.descriptive", { count: formatNumber(c.descriptive, lang) });
  return `${main} ${note}`;
}

/** Returns the values of one facet (in display order). */
export function facetValues(data: SiteData, name: FacetName): FacetValue[] {
  return siteFacetIndex(data).find((e) => e.facet.name === name)?.values ?? [];
}

/** Lists a page for every value of every facet, e.g. `/id/komitmen/bidang/open-data/`. */
export function facetPageKeys(data: SiteData): PageKey[] {
  return siteFacetIndex(data).flatMap((entry) =>
    entry.values.map((v) => ({ kind: "commitmentFacet" as const, facet: entry.facet.name, value: v.key })),
  );
}

/** Returns a facet's label (`Policy area`) or, with `inText`, its name inside a sentence. */
export function facetLabel(name: FacetName, lang: Lang, inText = false): string {
  return commitmentText(lang, `facet.${name}${inText ? ".inText" : ""}` as CommitmentTextKey);
}

/**
 * Names a facet value: a plan by its years, an institution by name, quoted text verbatim (marked
 * English) with its Indonesian label from the OGP terms codelist beside it on Indonesian pages.
 */
export function facetValueLabel(data: SiteData, name: FacetName, value: string | null, lang: Lang): Inline {
  if (value === null) return { text: t(lang, "common.notFound"), absent: true };
  if (name === "plan") return { text: planShortLabel(data, value, lang) };
  if (name === "lead") return { text: organisationRef(data.index, value, lang).text };
  const gloss = ogpTermLabel(data.reference, value, lang);
  const text: Inline = lang === "en" ? { text: value } : { text: value, lang: "en" };
  return gloss ? { ...text, gloss } : text;
}

/** Returns the path of a facet value's page. */
export function facetHref(name: FacetName, key: string, lang: Lang): string {
  return pathOf({ kind: "commitmentFacet", facet: name, value: key }, lang);
}

/** The token of a facet value in the list's `data-facets` attribute and filter form: `area:open-data`. */
export function facetToken(name: FacetName, key: string): string {
  return `${name}:${key}`;
}

/** Returns the path key of a facet value, as the site's facet index gave it (see `facetKeys`). */
export function facetValueKey(data: SiteData, name: FacetName, value: string | null): string {
  return facetValues(data, name).find((v) => v.value === value)?.key ?? notFoundKey;
}

/** Returns every facet token of a commitment, space-separated, for the in-page filter. */
export function commitmentTokens(data: SiteData, c: Commitment): string {
  return commitmentFacets
    .flatMap((facet) => {
      const values = facet.read(c);
      return (values.length > 0 ? values : [null]).map((v) =>
        facetToken(facet.name, facetValueKey(data, facet.name, v)),
      );
    })
    .join(" ");
}

/** One value of a filter: a link to its page, with its count. */
export interface FilterValueView {
  token: string;
  label: Inline;
  count: string;
  href: string;
  current: boolean;
}

/** One facet of the filters with all its values. */
export interface FilterGroupView {
  name: FacetName;
  label: string;
  /** How many values, e.g. "12 values". */
  size: string;
  values: FilterValueView[];
  /** Whether the page shows one of its values. */
  current: boolean;
}

/** Builds the filter links of every facet, marking the value of the page being shown (if any). */
export function facetFilters(
  data: SiteData,
  lang: Lang,
  current?: { facet: FacetName; value: string },
): FilterGroupView[] {
  const coverage = new Map(planCoverageOf(data).map((p) => [p.plan, p]));
  // A plan's count says how many of its commitments are on record: "19 of 24" when the total is known.
  const countOf = (name: FacetName, key: string, count: number): string => {
    const total = name === "plan" ? coverage.get(key)?.total : undefined;
    return total === undefined
      ? formatNumber(count, lang)
      : commitmentText(lang, "filters.ofTotal", {
          count: formatNumber(count, lang),
          total: formatNumber(total, lang),
        });
  };
  return siteFacetIndex(data).map(({ facet, values }) => ({
    name: facet.name,
    label: facetLabel(facet.name, lang),
    size: commitmentText(lang, "filters.values", { count: formatNumber(values.length, lang) }),
    current: current?.facet === facet.name,
    values: values.map((v) => ({
      token: facetToken(facet.name, v.key),
      label: facetValueLabel(data, facet.name, v.value, lang),
      count: countOf(facet.name, v.key, v.ids.length),
      href: facetHref(facet.name, v.key, lang),
      current: current?.facet === facet.name && current.value === v.key,
    })),
  }));
}

/** The head of a facet value's page: titles, lede and the value. */
export interface FacetPageHead {
  facet: FacetName;
  value: FacetValue;
  /** The document title, e.g. "Policy area: Open Data". */
  title: string;
  /** Above the heading: the facet's label. */
  kicker: string;
  /** The page heading: the value (in its language when quoted in English), or the plan's name. */
  heading: Inline;
  lede: string;
  /** Set when the value is quoted verbatim from a source. */
  verbatim: boolean;
  /** For an institution: a link to its page (every role it has). */
  organisation?: Inline;
}

/** Describes an action plan by its full title and period. */
function planLede(data: SiteData, id: string, lang: Lang): string {
  const plan = data.index.actionPlans.get(id);
  if (!plan) return id;
  const period = formatDateRange(plan.period_start, plan.period_end, lang);
  return period ? `${plan.title[lang]} · ${period}` : plan.title[lang];
}

/** Builds the head of the page of one facet value; throws when the value has no page. */
export function facetPageHead(data: SiteData, lang: Lang, name: FacetName, key: string): FacetPageHead {
  const value = facetValues(data, name).find((v) => v.key === key);
  if (!value) throw new Error(`The ${name} facet has no value "${key}".`);
  const valueLabel = facetValueLabel(data, name, value.value, lang);
  const label = facetLabel(name, lang);
  const title =
    name === "plan"
      ? t(lang, "commitments.plan", { plan: valueLabel.text })
      : commitmentText(lang, "facetPage.title", { facet: label, value: valueLabel.text });
  const vars = {
    count: formatNumber(value.ids.length, lang),
    total: formatNumber(data.datasets.commitments.length, lang),
    facet: facetLabel(name, lang, true),
  };
  const ledeKey = value.value === null ? "facetPage.ledeNotFound" : "facetPage.lede";
  const organisation =
    name === "lead" && value.value !== null
      ? {
          text: commitmentText(lang, "facetPage.organisation", { name: valueLabel.text }),
          href: pathOf({ kind: "organisation", id: value.value }, lang),
        }
      : undefined;
  return {
    facet: name,
    value,
    title,
    kicker: name === "plan" ? t(lang, "commitments.title") : label,
    heading: name === "plan" || value.value === null ? { text: title } : valueLabel,
    lede: name === "plan" ? planLede(data, value.key, lang) : commitmentText(lang, ledeKey, vars),
    verbatim: commitmentFacet(name).key === "text" && value.value !== null,
    ...(organisation ? { organisation } : {}),
  };
}
