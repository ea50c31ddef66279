import { t, tParts } from "../i18n/t.ts";
import { barChart } from "../lib/charts/barChart.ts";
import { columnChart } from "../lib/charts/columnChart.ts";
import { categoricalColour, missingColour } from "../lib/charts/palette.ts";
import { formatNumber } from "../lib/format/formatNumber.ts";
import type { ActionPlan, Commitment, Lang } from "../lib/model.ts";
import { resolveSchema } from "../lib/schema/jsonSchema.ts";
import { activitiesPerYear } from "../lib/stats/activitiesPerYear.ts";
import { commitmentsPerPlan } from "../lib/stats/commitmentsPerPlan.ts";
import { countBy } from "../lib/stats/countBy.ts";
import { type ChartView, chartWidths, type LegendItem } from "./chartView.ts";
import { datasetSchema, datasetTitle, propertyOf } from "./datasetContext.ts";
import { downloadPath, pathOf } from "./routes.ts";
import { enumLabel } from "./schemaText.ts";
import { serverDocument } from "./serverDocument.ts";
import type { SiteData } from "./siteData.ts";

/** Returns the enum values of a property in schema order, and their labels in a language. */
function enumOf(
  data: SiteData,
  dataset: string,
  name: string,
  lang: Lang,
): { values: string[]; label(v: string): string } {
  const { base } = datasetSchema(data, dataset);
  const node = resolveSchema(propertyOf(data, dataset, name), data.registry, base);
  const values = Array.isArray(node.enum) ? node.enum.map(String) : [];
  return { values, label: (v) => enumLabel(node, v, lang) };
}

/** The source line of a chart: the dataset page and its downloads. */
function chartSource(data: SiteData, dataset: string, lang: Lang): ChartView["source"] {
  const title = datasetTitle(data, dataset, lang);
  const files = data.siteDatasets.get(dataset)?.downloads ?? [];
  return {
    parts: tParts(lang, "chart.source", {
      dataset: { text: title, href: pathOf({ kind: "dataset", id: dataset }, lang) },
    }),
    downloads: files.map((f) => ({ href: downloadPath(f.fileName), label: f.format.toUpperCase() })),
  };
}

/** Activities per start year, stacked by modality. */
export function activitiesPerYearChart(data: SiteData, lang: Lang): ChartView {
  const n = (v: number) => formatNumber(v, lang);
  const modality = enumOf(data, "activities", "modality", lang);
  const stats = activitiesPerYear(data.datasets.activities, (a) => a.modality, modality.values);
  const series = stats.groups.map((key, i) => ({
    key,
    label: modality.label(key),
    colour: categoricalColour(i),
  }));
  const categories = stats.years.map(String);
  const chartData = stats.rows.map((r) => ({ category: String(r.year), series: r.group, value: r.count }));
  const totals = new Map<number, number>();
  for (const r of stats.rows) totals.set(r.year, (totals.get(r.year) ?? 0) + r.count);
  const dated = data.datasets.activities.length - stats.undated.length;
  const peakCount = Math.max(0, ...totals.values());
  const peakYears = [...totals].filter(([, count]) => count === peakCount).map(([year]) => String(year));
  const alt =
    stats.years.length === 0
      ? t(lang, "chart.perYear.empty")
      : t(lang, "chart.perYear.alt", {
          total: n(dated),
          first: String(stats.years[0]),
          last: String(stats.years.at(-1)),
          peakYear: peakYears.join(", "),
          peakCount: n(peakCount),
        });
  const render = (width: number) =>
    columnChart({
      data: chartData,
      categories,
      series,
      lang,
      width,
      document: serverDocument(),
      yLabel: t(lang, "chart.axis.activities"),
      ariaLabel: alt,
    });
  const count = (year: number, group: string) =>
    stats.rows.find((r) => r.year === year && r.group === group)?.count ?? 0;
  return {
    id: "activities-per-year",
    title: t(lang, "chart.perYear.title"),
    subtitle: t(lang, "chart.perYear.subtitle"),
    notes:
      stats.undated.length > 0 ? [t(lang, "chart.perYear.undated", { count: n(stats.undated.length) })] : [],
    unit: t(lang, "chart.units", { unit: t(lang, "chart.perYear.unit") }),
    alt,
    svgWide: render(chartWidths.wide),
    svgNarrow: render(chartWidths.narrow),
    legend: series.map((s) => ({ label: s.label, colour: s.colour })),
    table: {
      caption: t(lang, "chart.perYear.title"),
      head: [t(lang, "common.year"), ...series.map((s) => s.label), t(lang, "common.total")],
      rows: stats.years.map((year) => ({
        header: String(year),
        cells: [...series.map((s) => n(count(year, s.key))), n(totals.get(year) ?? 0)],
      })),
      total: {
        header: t(lang, "common.total"),
        cells: [
          ...series.map((s) =>
            n(stats.rows.filter((r) => r.group === s.key).reduce((a, r) => a + r.count, 0)),
          ),
          n(dated),
        ],
      },
    },
    source: chartSource(data, "activities", lang),
  };
}

/** Activities by type, stacked by modality. */
export function activitiesByTypeChart(data: SiteData, lang: Lang): ChartView {
  const n = (v: number) => formatNumber(v, lang);
  const activities = data.datasets.activities;
  const type = enumOf(data, "activities", "type", lang);
  const modality = enumOf(data, "activities", "modality", lang);
  const types = countBy(activities, (a) => a.type, { order: type.values }).sort((a, b) => b.count - a.count);
  const modalities = countBy(activities, (a) => a.modality, { order: modality.values }).map((m) => m.key);
  const series = modalities.map((key, i) => ({
    key,
    label: modality.label(key),
    colour: categoricalColour(i),
  }));
  const count = (ty: string, mo: string) =>
    activities.filter((a) => a.type === ty && a.modality === mo).length;
  const chartData = types.flatMap((ty) =>
    modalities
      .map((mo) => ({ category: ty.key, series: mo, value: count(ty.key, mo) }))
      .filter((d) => d.value > 0),
  );
  const top = types[0];
  const alt = t(lang, "chart.byType.alt", {
    total: n(activities.length),
    top: top ? type.label(top.key) : "—",
    topCount: n(top?.count ?? 0),
  });
  const render = (width: number) =>
    barChart({
      data: chartData,
      categories: types.map((ty) => ({ key: ty.key, label: type.label(ty.key) })),
      series,
      lang,
      width,
      document: serverDocument(),
      xLabel: t(lang, "chart.axis.activities"),
      ariaLabel: alt,
    });
  return {
    id: "activities-by-type",
    title: t(lang, "chart.byType.title"),
    subtitle: t(lang, "chart.byType.subtitle"),
    notes: [],
    unit: t(lang, "chart.units", { unit: t(lang, "chart.perYear.unit") }),
    alt,
    svgWide: render(chartWidths.wide),
    svgNarrow: render(chartWidths.narrow),
    legend: series.map((s) => ({ label: s.label, colour: s.colour })),
    table: {
      caption: t(lang, "chart.byType.title"),
      head: [t(lang, "activities.col.type"), ...series.map((s) => s.label), t(lang, "common.total")],
      rows: types.map((ty) => ({
        header: type.label(ty.key),
        cells: [...series.map((s) => n(count(ty.key, s.key))), n(ty.count)],
      })),
      total: {
        header: t(lang, "common.total"),
        cells: [
          ...series.map((s) => n(activities.filter((a) => a.modality === s.key).length)),
          n(activities.length),
        ],
      },
    },
    source: chartSource(data, "activities", lang),
  };
}

/** Ambition values as the IRM writes them, strongest first; other values follow alphabetically. */
const ambitionOrder = ["Transformative", "High", "Moderate", "Substantial", "Minor", "Low", "None"];
/** Early-results values as the IRM writes them, strongest first. */
const resultsOrder = [
  "Outstanding",
  "Major",
  "Significant",
  "Moderate",
  "Marginal",
  "No early results",
  "Did not change",
  "Worsened",
  "No early results to report yet",
  "Pending",
  "Pending IRM Review",
  "No IRM Data",
];

/**
 * Colours of the IRM's published values, by meaning: stronger results in blues, weak in orange, none
 * in vermillion, pending in purple/green/yellow, "No IRM Data" in dark grey; not found in mid grey.
 * Values not listed take a palette colour by position.
 */
const assessmentColours: Readonly<Record<string, string>> = {
  Transformative: "#0072B2",
  Outstanding: "#0072B2",
  High: "#0072B2",
  Major: "#0072B2",
  Significant: "#0072B2",
  Moderate: "#56B4E9",
  Substantial: "#56B4E9",
  Minor: "#E69F00",
  Low: "#E69F00",
  Marginal: "#E69F00",
  None: "#D55E00",
  "No early results": "#D55E00",
  "Did not change": "#D55E00",
  Worsened: "#D55E00",
  "No early results to report yet": "#F0E442",
  Pending: "#009E73",
  "Pending IRM Review": "#CC79A7",
  "No IRM Data": "#595959",
};

/** Gives each value of one chart its own colour: its meaning's colour unless already taken. */
function assessmentSeriesColours(values: readonly (string | null)[]): string[] {
  const used = new Set<string>();
  return values.map((value, index) => {
    let colour = value === null ? missingColour : (assessmentColours[value] ?? categoricalColour(index));
    for (let i = 0; used.has(colour) && i < 8; i += 1) colour = categoricalColour(index + i + 1);
    used.add(colour);
    return colour;
  });
}

/** What differs between the two commitment charts. */
interface AssessmentChart {
  id: string;
  read(c: Commitment): string | undefined;
  order: readonly string[];
  title: "chart.ambition.title" | "chart.results.title";
  subtitle: "chart.ambition.subtitle" | "chart.results.subtitle";
  alt: "chart.ambition.alt" | "chart.results.alt";
  column: "commitments.col.ambition" | "commitments.col.results";
}

/** The IRM assessment charts: ambition (potential impact) and early results, verbatim. */
export const assessmentCharts: Record<"ambition" | "results", AssessmentChart> = {
  ambition: {
    id: "commitments-ambition",
    read: (c) => c.irm?.ambition,
    order: ambitionOrder,
    title: "chart.ambition.title",
    subtitle: "chart.ambition.subtitle",
    alt: "chart.ambition.alt",
    column: "commitments.col.ambition",
  },
  results: {
    id: "commitments-results",
    read: (c) => c.irm?.early_results,
    order: resultsOrder,
    title: "chart.results.title",
    subtitle: "chart.results.subtitle",
    alt: "chart.results.alt",
    column: "commitments.col.results",
  },
};

/** Returns the action plans in chronological order (by start, then id). */
export function plansInOrder(data: SiteData): ActionPlan[] {
  return [...data.datasets["action-plans"]].sort(
    (a, b) => (a.period_start ?? a.id).localeCompare(b.period_start ?? b.id) || a.id.localeCompare(b.id),
  );
}

/** Returns the short label of an action plan for axes: its period, e.g. `2018–2020`. */
export function planShortLabel(data: SiteData, id: string): string {
  const plan = data.index.actionPlans.get(id);
  const start = plan?.period_start?.slice(0, 4);
  const end = plan?.period_end?.slice(0, 4);
  return start && end ? `${start}–${end}` : id.replace(/^(\d{4})-(\d{4})$/, "$1–$2");
}

/** OGP commitments per action plan, stacked by one IRM assessment field, values verbatim. */
export function commitmentsChart(data: SiteData, lang: Lang, which: AssessmentChart): ChartView {
  const n = (v: number) => formatNumber(v, lang);
  const commitments = data.datasets.commitments;
  const stats = commitmentsPerPlan(commitments, plansInOrder(data), which.read, which.order);
  const plans = stats.plans.filter((p) => stats.rows.some((r) => r.plan === p));
  const keyOf = (v: string | null) => v ?? "";
  const labelOf = (v: string | null) => v ?? t(lang, "common.notFound");
  const colours = assessmentSeriesColours(stats.values);
  const series = stats.values.map((v, i) => ({
    key: keyOf(v),
    label: labelOf(v),
    colour: colours[i] ?? missingColour,
  }));
  const count = (plan: string, v: string | null) =>
    stats.rows.find((r) => r.plan === plan && r.value === v)?.count ?? 0;
  const parts = stats.values
    .map(
      (v) => `${labelOf(v)} ${n(stats.rows.filter((r) => r.value === v).reduce((a, r) => a + r.count, 0))}`,
    )
    .join(", ");
  const alt = t(lang, which.alt, { total: n(commitments.length), plans: n(plans.length), parts });
  const render = (width: number) =>
    barChart({
      data: stats.rows.map((r) => ({ category: r.plan, series: keyOf(r.value), value: r.count })),
      categories: plans.map((p) => ({ key: p, label: planShortLabel(data, p) })),
      series,
      lang,
      width,
      document: serverDocument(),
      xLabel: t(lang, "chart.axis.commitments"),
      ariaLabel: alt,
    });
  const legend: LegendItem[] = stats.values.map((v, i) => ({
    label: labelOf(v),
    colour: series[i]?.colour ?? missingColour,
    ...(v !== null && lang !== "en" ? { lang: "en" as const } : {}),
  }));
  return {
    id: which.id,
    title: t(lang, which.title),
    subtitle: t(lang, which.subtitle),
    notes: [],
    unit: t(lang, "chart.units", { unit: t(lang, "chart.commitments.unit") }),
    alt,
    svgWide: render(chartWidths.wide),
    svgNarrow: render(chartWidths.narrow),
    legend,
    table: {
      caption: t(lang, which.title),
      head: [
        t(lang, "commitments.plan", { plan: "" }).trim(),
        ...series.map((s) => s.label),
        t(lang, "common.total"),
      ],
      rows: plans.map((p) => ({
        header: planShortLabel(data, p),
        cells: [
          ...stats.values.map((v) => n(count(p, v))),
          n(commitments.filter((c) => c.action_plan === p).length),
        ],
      })),
      total: {
        header: t(lang, "common.total"),
        cells: [
          ...stats.values.map((v) =>
            n(stats.rows.filter((r) => r.value === v).reduce((a, r) => a + r.count, 0)),
          ),
          n(commitments.length),
        ],
      },
    },
    source: chartSource(data, "commitments", lang),
  };
}
