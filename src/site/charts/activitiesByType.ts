import { chartText } from "../../i18n/chartText.ts";
import { categoricalColour } from "../../lib/charts/palette.ts";
import { formatNumber } from "../../lib/format/formatNumber.ts";
import { countBy } from "../../lib/stats/countBy.ts";
import { datasetFieldMark } from "../derivedMark.ts";
import { activityRowsHref } from "./activityRowsHref.ts";
import { defineChart } from "./chartDefinition.ts";
import { countBarChart } from "./countBarChart.ts";
import { type CountRow, countTable, totalRow } from "./countRows.ts";
import { coverageLine } from "./coverageLine.ts";
import { enumValues } from "./enumValues.ts";
import { seriesLegend } from "./seriesLegend.ts";

/** How much: activities by type of cooperation, stacked by modality. */
export const activitiesByTypeChart = defineChart<CountRow>({
  id: "activities-by-type",
  section: "how-much",
  title: "byType.title",
  subtitle: "byType.subtitle",
  unit: "unit.activities",
  datasets: ["activities"],
  build(data, lang) {
    const n = (v: number) => formatNumber(v, lang);
    const activities = data.datasets.activities;
    const type = enumValues(data, "activities", "type", lang);
    const modality = enumValues(data, "activities", "modality", lang);
    const derived = datasetFieldMark(data, "activities", "modality", lang);
    const modalities = countBy(activities, (a) => a.modality, { order: modality.values }).map((m) => m.key);
    const series = modalities.map((key, i) => ({
      key,
      label: modality.label(key),
      colour: categoricalColour(i),
    }));
    const rows: CountRow[] = countBy(activities, (a) => a.type, { order: type.values })
      .sort((a, b) => b.count - a.count)
      .map(({ key, count }) => {
        const of = activities.filter((a) => a.type === key);
        const counts: Record<string, number> = {};
        for (const a of of) counts[a.modality] = (counts[a.modality] ?? 0) + 1;
        const rowsHref = activityRowsHref(data, lang, { filters: { type: [key] } });
        return { key, label: type.label(key), counts, total: count, ids: of.map((a) => a.id), rowsHref };
      });
    const top = rows[0];
    const alt = chartText(lang, "byType.alt", {
      total: n(activities.length),
      top: top?.label ?? "—",
      topCount: n(top?.total ?? 0),
    });
    return {
      subtitleVars: { derived: derived?.marker ?? "" },
      notes: derived ? [derived.note] : [],
      coverage: [coverageLine(lang, "coverage.all", { kind: "activities" }, activities.length)],
      alt,
      legend: seriesLegend(series),
      table: countTable({
        caption: chartText(lang, "byType.title"),
        lang,
        codeHeader: chartText(lang, "chart.col.code"),
        labelHeader: chartText(lang, "chart.col.type"),
        series,
        rows,
        total: totalRow(rows, chartText(lang, "chart.col.total"), []),
      }),
      render: countBarChart({ rows, series, lang, xLabel: "axis.activities", ariaLabel: alt }),
    };
  },
});
