import { chartText } from "../../i18n/chartText.ts";
import { missingColour } from "../../lib/charts/palette.ts";
import { formatNumber } from "../../lib/format/formatNumber.ts";
import { completionFigureIds, planCompletion } from "../../lib/stats/planCompletion.ts";
import { isolateBidi } from "../../lib/text/isolateBidi.ts";
import { planShortLabel, plansInOrder } from "../actionPlans.ts";
import { pathOf } from "../routes.ts";
import { defineChart } from "./chartDefinition.ts";
import { countBarChart } from "./countBarChart.ts";
import { type CountRow, countTable } from "./countRows.ts";
import { coverageLine } from "./coverageLine.ts";
import { seriesLegend } from "./seriesLegend.ts";

/** Completion colours by meaning: done in blues and green, limited in orange, not started in vermillion. */
const completionColours: Readonly<Record<(typeof completionFigureIds)[number], string>> = {
  completed: "#0072B2",
  substantial: "#56B4E9",
  "substantial-or-complete": "#009E73",
  limited: "#E69F00",
  "not-started": "#D55E00",
};

/** The series of commitments the stated figures do not break down. */
const restKey = "not-broken-down";

/** Open government: commitments per action plan by completion, from the IRM's plan-level figures. */
export const commitmentsCompletionChart = defineChart<CountRow>({
  id: "commitments-completion",
  section: "open-government",
  title: "completion.title",
  subtitle: "completion.subtitle",
  unit: "unit.commitments",
  datasets: ["action-plans"],
  build(data, lang) {
    const n = (v: number) => formatNumber(v, lang);
    const plans = plansInOrder(data);
    const stats = planCompletion(plans).filter((p) => p.total !== undefined);
    const labelOf = (figure: string) => {
      for (const plan of plans) {
        const found = plan.figures.find((f) => f.id === figure);
        if (found) return found.label[lang];
      }
      return figure;
    };
    const used = completionFigureIds.filter((id) => stats.some((p) => p.parts.some((x) => x.figure === id)));
    const series = [
      ...used.map((id) => ({ key: id, label: labelOf(id), colour: completionColours[id] })),
      { key: restKey, label: chartText(lang, "completion.rest"), colour: missingColour },
    ];
    const rows: CountRow[] = stats.map((p) => {
      const counts: Record<string, number> = { [restKey]: p.rest ?? 0 };
      for (const part of p.parts) counts[part.figure] = part.value;
      return {
        key: p.plan,
        label: planShortLabel(data, p.plan, lang),
        counts,
        total: p.total ?? 0,
        ids: [p.plan],
      };
    });
    const withFigures = stats.filter((p) => p.parts.length > 0).length;
    const alt = chartText(lang, "completion.alt", {
      plans: n(rows.length),
      described: rows
        .map(
          (r) =>
            `${isolateBidi(r.label)}: ${series
              .filter((s) => (r.counts[s.key] ?? 0) > 0)
              .map((s) => `${isolateBidi(s.label)} ${n(r.counts[s.key] ?? 0)}`)
              .join(", ")}`,
        )
        .join("; "),
    });
    return {
      notes: [chartText(lang, "completion.note")],
      coverage: [
        coverageLine(
          lang,
          "coverage.plans",
          { kind: "dataset", id: "action-plans" },
          rows.length,
          withFigures,
        ),
      ],
      alt,
      legend: seriesLegend(series),
      table: countTable({
        caption: chartText(lang, "completion.title"),
        lang,
        codeHeader: chartText(lang, "chart.col.planId"),
        labelHeader: chartText(lang, "chart.col.plan"),
        series,
        rows,
        records: {
          header: chartText(lang, "chart.col.planPage"),
          links: (ids) =>
            ids.map((id) => ({ text: id, href: `${pathOf({ kind: "commitments" }, lang)}#plan-${id}` })),
        },
      }),
      render: countBarChart({ rows, series, lang, xLabel: "axis.commitments", ariaLabel: alt }),
    };
  },
});
