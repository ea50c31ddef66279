import { type ChartTextKey, chartText } from "../../i18n/chartText.ts";
import { categoricalColour, missingColour } from "../../lib/charts/palette.ts";
import { irmValueOrder } from "../../lib/commitments/irmValueOrder.ts";
import { ogpTermLabel } from "../../lib/commitments/ogpTermLabel.ts";
import { formatNumber } from "../../lib/format/formatNumber.ts";
import type { Commitment } from "../../lib/model.ts";
import { commitmentsPerPlan } from "../../lib/stats/commitmentsPerPlan.ts";
import { isolateBidi } from "../../lib/text/isolateBidi.ts";
import { planShortLabel, plansInOrder } from "../actionPlans.ts";
import { pathOf } from "../routes.ts";
import { type ChartDefinition, defineChart } from "./chartDefinition.ts";
import { countBarChart } from "./countBarChart.ts";
import { type CountRow, countTable, totalRow } from "./countRows.ts";
import { coverageLine } from "./coverageLine.ts";

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

/** What differs between the charts of one IRM assessment field. */
interface AssessmentField {
  id: string;
  read(c: Commitment): string | undefined;
  order: readonly string[];
  title: ChartTextKey;
  subtitle: ChartTextKey;
  alt: ChartTextKey;
}

/** The key of the "not found" series: the IRM value was not found in the sources read. */
const notFoundKey = "not-found";

/** Builds the chart of OGP commitments per action plan, stacked by one IRM field, values verbatim. */
function assessmentChart(field: AssessmentField): ChartDefinition {
  return defineChart<CountRow>({
    id: field.id,
    section: "open-government",
    title: field.title,
    subtitle: field.subtitle,
    unit: "unit.commitments",
    datasets: ["commitments", "action-plans"],
    build(data, lang) {
      const n = (v: number) => formatNumber(v, lang);
      const commitments = data.datasets.commitments;
      const stats = commitmentsPerPlan(commitments, plansInOrder(data), field.read, field.order);
      const plans = stats.plans.filter((p) => stats.rows.some((r) => r.plan === p));
      const keyOf = (v: string | null) => v ?? notFoundKey;
      // Values stay verbatim; on Indonesian pages the OGP terms codelist's label follows in brackets.
      const glossOf = (v: string | null) => (v === null ? undefined : ogpTermLabel(data.reference, v, lang));
      const labelOf = (v: string | null) => {
        const gloss = glossOf(v);
        return v === null ? chartText(lang, "value.notFound") : gloss ? `${v} (${gloss})` : v;
      };
      const colours = assessmentSeriesColours(stats.values);
      const series = stats.values.map((v, i) => ({
        key: keyOf(v),
        label: labelOf(v),
        colour: colours[i] ?? missingColour,
      }));
      const rows: CountRow[] = plans.map((plan) => {
        const of = commitments.filter((c) => c.action_plan === plan);
        const counts: Record<string, number> = {};
        for (const r of stats.rows) if (r.plan === plan) counts[keyOf(r.value)] = r.count;
        return {
          key: plan,
          label: planShortLabel(data, plan, lang),
          counts,
          total: of.length,
          ids: of.map((c) => c.id),
          // A plan has no page of its own: its group on the commitments page lists every commitment.
          rowsHref: `${pathOf({ kind: "commitments" }, lang)}#plan-${plan}`,
        };
      });
      const parts = series
        .map((s) => `${isolateBidi(s.label)} ${n(rows.reduce((a, r) => a + (r.counts[s.key] ?? 0), 0))}`)
        .join(", ");
      const alt = chartText(lang, field.alt, { total: n(commitments.length), plans: n(plans.length), parts });
      const found = commitments.filter((c) => field.read(c) !== undefined).length;
      return {
        notes: [],
        coverage: [coverageLine(lang, "coverage.irm", { kind: "commitments" }, commitments.length, found)],
        alt,
        legend: stats.values.map((v, i) => ({
          label: labelOf(v),
          colour: series[i]?.colour ?? missingColour,
          ...(v !== null && lang !== "en" && !glossOf(v) ? { lang: "en" as const } : {}),
        })),
        table: countTable({
          caption: chartText(lang, field.title),
          lang,
          labelHeader: chartText(lang, "chart.col.plan"),
          series,
          rows,
          total: totalRow(rows, chartText(lang, "chart.col.total"), []),
          records: {
            header: chartText(lang, "chart.col.commitments"),
            links: (ids) => ids.map((id) => ({ text: id, href: pathOf({ kind: "commitment", id }, lang) })),
          },
        }),
        render: countBarChart({ rows, series, lang, xLabel: "axis.commitments", ariaLabel: alt }),
      };
    },
  });
}

/** Open government: commitments per action plan by the IRM's ambition (potential impact), verbatim. */
export const commitmentsAmbitionChart = assessmentChart({
  id: "commitments-ambition",
  read: (c) => c.irm?.ambition,
  order: irmValueOrder.ambition ?? [],
  title: "ambition.title",
  subtitle: "ambition.subtitle",
  alt: "ambition.alt",
});

/** Open government: commitments per action plan by the IRM's early results, verbatim. */
export const commitmentsResultsChart = assessmentChart({
  id: "commitments-results",
  read: (c) => c.irm?.early_results,
  order: irmValueOrder.results ?? [],
  title: "results.title",
  subtitle: "results.subtitle",
  alt: "results.alt",
});
