import { chartText } from "../i18n/chartText.ts";
import { t } from "../i18n/t.ts";
import { formatNumber } from "../lib/format/formatNumber.ts";
import { formatPartialDate } from "../lib/format/formatPartialDate.ts";
import { localField } from "../lib/localField.ts";
import type { Lang } from "../lib/model.ts";
import { yearOf } from "../lib/partialDate.ts";
import { headlineFigures } from "../lib/stats/headlineFigures.ts";
import { planShortLabel } from "./actionPlans.ts";
import { type ChartSection, chartSections } from "./charts/chartDefinition.ts";
import { chartRegistry } from "./charts/chartRegistry.ts";
import type { ChartView } from "./charts/chartView.ts";
import { chartViewOf } from "./charts/chartViews.ts";
import { facetHref, planCoverageOf, planCoverageText } from "./commitmentFacetViews.ts";
import { propertyOf, valueContext } from "./datasetContext.ts";
import { type Inline, valueInlines } from "./fieldValues.ts";
import { organisationRef, sourceRef } from "./names.ts";
import { pathOf } from "./routes.ts";
import type { SiteData } from "./siteData.ts";

/** One headline figure: the number, what it counts, a note on coverage, and the rows behind it. */
export interface FigureView {
  value: string;
  label: string;
  note: string;
  href: string;
}

/** One official aggregate claim, shown as stated. */
export interface ClaimView {
  id: string;
  date: string;
  claim: string;
  who: Inline[];
  sources: Inline[];
  conflicts: Inline[];
}

/** One of the dashboard's questions, with the charts that answer it. */
export interface ChartSectionView {
  id: ChartSection;
  title: string;
  charts: ChartView[];
}

/** How many of one action plan's commitments are on record, linked to the plan's page. */
export interface CoverageView {
  plan: Inline;
  text: string;
}

/** Everything the dashboard shows. */
export interface DashboardView {
  figures: FigureView[];
  /** Per action plan: commitments on record against the plan's published total. */
  coverage: CoverageView[];
  sections: ChartSectionView[];
  claims: ClaimView[];
}

/** The number of provinces in Indonesia, from the packaged Kemendagri list. */
function provinceTotal(data: SiteData): number {
  return data.reference.provinces?.codes().length ?? 38;
}

/**
 * Builds the dashboard: headline figures linked to their rows, the charts of the registry grouped by
 * the question they answer, and the official claims. `site` makes the charts' citations absolute.
 */
export function dashboardView(data: SiteData, lang: Lang, site: URL | undefined): DashboardView {
  const n = (v: number) => formatNumber(v, lang);
  const { activities, commitments } = data.datasets;
  const figures = headlineFigures(activities, commitments);
  const years = activities.map((a) => yearOf(a.start_date)).filter((y): y is number => y !== undefined);
  const coverage = planCoverageOf(data);
  const counted = coverage.filter((c) => c.total !== undefined);
  const figureViews: FigureView[] = [
    {
      value: n(figures.activities),
      label: t(lang, "figure.activities"),
      note:
        years.length > 0
          ? t(lang, "figure.activitiesNote", {
              first: String(Math.min(...years)),
              last: String(Math.max(...years)),
            })
          : "",
      href: pathOf({ kind: "activities" }, lang),
    },
    {
      value: n(figures.recipientCountries.length),
      label: t(lang, "figure.countries"),
      note: t(lang, "figure.countriesNote"),
      href: pathOf({ kind: "countries" }, lang),
    },
    {
      value: n(figures.participants.total),
      label: t(lang, "figure.participants"),
      note: t(lang, "figure.participantsNote", {
        known: n(figures.participants.knownIds.length),
        total: n(figures.participants.of),
      }),
      href: pathOf({ kind: "participants" }, lang),
    },
    {
      value: n(figures.provinces.length),
      label: t(lang, "figure.provinces"),
      note: t(lang, "figure.provincesNote", { total: n(provinceTotal(data)) }),
      href: pathOf({ kind: "provinces" }, lang),
    },
    {
      value: n(figures.commitments),
      label: t(lang, "figure.commitments"),
      note: t(lang, "figure.commitmentsNote", {
        total: n(counted.reduce((sum, c) => sum + (c.total ?? 0), 0)),
        known: n(counted.length),
        plans: n(coverage.length),
      }),
      href: pathOf({ kind: "commitments" }, lang),
    },
  ];
  const charts = chartRegistry.map((definition) => chartViewOf(data, definition.id, lang, site));
  const sections = chartSections
    .map((id) => ({
      id,
      title: chartText(lang, `section.${id}`),
      charts: charts.filter((c) => c.section === id),
    }))
    .filter((s) => s.charts.length > 0);
  return {
    figures: figureViews,
    coverage: coverage.map((c) => ({
      plan: { text: planShortLabel(data, c.plan, lang), href: facetHref("plan", c.plan, lang) },
      text: planCoverageText(data, lang, c.plan),
    })),
    sections,
    claims: claimViews(data, lang),
  };
}

/** Lists the official aggregate claims, newest first, each with who said it and where. */
export function claimViews(data: SiteData, lang: Lang): ClaimView[] {
  if (!data.siteDatasets.has("statements")) return [];
  const ctx = valueContext(data, lang, "statements");
  return [...data.datasets.statements]
    .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""))
    .map((s) => {
      const who: Inline[] = [];
      const role = lang === "id" ? (s.speaker_role_id ?? s.speaker_role) : s.speaker_role;
      const person = [s.speaker, role].filter(Boolean).join(", ");
      if (person) who.push({ text: person });
      if (s.organisation_id) who.push(organisationRef(data.index, s.organisation_id, lang));
      return {
        id: s.id,
        date: s.date ? formatPartialDate(s.date, lang) : "—",
        claim: localField(s, "claim", lang),
        who,
        sources: s.source_ids.map((id) => {
          const ref = sourceRef(data.index, id);
          const source = data.index.sources.get(id);
          return source?.url ? { text: ref.text, href: source.url, external: true } : { text: ref.text };
        }),
        conflicts: s.conflicts_with?.length
          ? valueInlines(s.conflicts_with, propertyOf(data, "statements", "conflicts_with"), ctx)
          : [],
      };
    });
}
