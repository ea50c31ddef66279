import { chartText } from "../../i18n/chartText.ts";
import { columnChart } from "../../lib/charts/columnChart.ts";
import { categoricalColour } from "../../lib/charts/palette.ts";
import { formatNumber } from "../../lib/format/formatNumber.ts";
import { activitiesPerYear } from "../../lib/stats/activitiesPerYear.ts";
import { datasetFieldMark } from "../derivedMark.ts";
import { activityRowsHref } from "./activityRowsHref.ts";
import { defineChart } from "./chartDefinition.ts";
import { type CountRow, countTable, stackedData, totalRow } from "./countRows.ts";
import { coverageLine } from "./coverageLine.ts";
import { enumValues } from "./enumValues.ts";
import { seriesLegend } from "./seriesLegend.ts";

/** How much: activities per start year, stacked by modality. */
export const activitiesPerYearChart = defineChart<CountRow>({
  id: "activities-per-year",
  section: "how-much",
  title: "perYear.title",
  subtitle: "perYear.subtitle",
  unit: "unit.activities",
  datasets: ["activities"],
  build(data, lang) {
    const n = (v: number) => formatNumber(v, lang);
    const activities = data.datasets.activities;
    const modality = enumValues(data, "activities", "modality", lang);
    const derived = datasetFieldMark(data, "activities", "modality", lang);
    const stats = activitiesPerYear(activities, (a) => a.modality, modality.values);
    const series = stats.groups.map((key, i) => ({
      key,
      label: modality.label(key),
      colour: categoricalColour(i),
    }));
    const rows: CountRow[] = stats.years.map((year) => {
      const ids = activities.filter((a) => a.start_date?.startsWith(String(year))).map((a) => a.id);
      const counts: Record<string, number> = {};
      for (const r of stats.rows) if (r.year === year) counts[r.group] = r.count;
      const rowsHref = activityRowsHref(data, lang, { from: year, to: year });
      return { key: String(year), label: String(year), counts, total: ids.length, ids, rowsHref };
    });
    const dated = activities.length - stats.undated.length;
    const peak = Math.max(0, ...rows.map((r) => r.total));
    const alt =
      rows.length === 0
        ? chartText(lang, "perYear.empty")
        : chartText(lang, "perYear.alt", {
            total: n(dated),
            first: rows[0]?.label ?? "",
            last: rows.at(-1)?.label ?? "",
            peakYear: rows
              .filter((r) => r.total === peak)
              .map((r) => r.label)
              .join(", "),
            peakCount: n(peak),
          });
    return {
      subtitleVars: { derived: derived?.marker ?? "" },
      notes: [
        ...(derived ? [derived.note] : []),
        ...(stats.undated.length > 0
          ? [chartText(lang, "perYear.undated", { count: n(stats.undated.length) })]
          : []),
      ],
      coverage: [coverageLine(lang, "coverage.dated", { kind: "activities" }, activities.length, dated)],
      alt,
      legend: seriesLegend(series),
      table: countTable({
        caption: chartText(lang, "perYear.title"),
        lang,
        labelHeader: chartText(lang, "chart.col.year"),
        series,
        rows,
        total: totalRow(rows, chartText(lang, "chart.col.total"), []),
      }),
      render: (width, document) =>
        columnChart({
          data: stackedData(rows, series, lang),
          categories: rows.map((r) => r.key),
          series,
          lang,
          width,
          document,
          yLabel: chartText(lang, "axis.activities"),
          ariaLabel: alt,
        }),
    };
  },
});
