import { chartText } from "../../i18n/chartText.ts";
import { countBins } from "../../lib/charts/countBins.ts";
import type { DataColumn } from "../../lib/charts/dataTable.ts";
import { provinceTiles } from "../../lib/charts/provinceTiles.ts";
import { tileGridMap } from "../../lib/charts/tileGridMap.ts";
import { formatNumber } from "../../lib/format/formatNumber.ts";
import { groupActivitiesBy } from "../../lib/stats/groupActivitiesBy.ts";
import { provincesOf } from "../../lib/stats/provincesOf.ts";
import { isolateBidi } from "../../lib/text/isolateBidi.ts";
import { referenceName } from "../names.ts";
import { pathOf } from "../routes.ts";
import { binLegend } from "./binLegend.ts";
import { defineChart } from "./chartDefinition.ts";
import { type CountRow, countTable } from "./countRows.ts";
import { coverageLine } from "./coverageLine.ts";

/** The key of the drawn value: activities held in or involving the province. */
const valueKey = "activities";

/** A province row: its count, and the regencies or cities named inside it. */
type ProvinceRow = CountRow & { regencies: string[] };

/** Where in Indonesia: the 38 provinces as a tile-grid map, shaded by the number of activities. */
export const provincesMapChart = defineChart<ProvinceRow>({
  id: "provinces",
  section: "where",
  title: "provinces.title",
  subtitle: "provinces.subtitle",
  unit: "unit.activities",
  datasets: ["activities"],
  credits: ["credit.provinces"],
  fullWidth: true,
  build(data, lang) {
    const n = (v: number) => formatNumber(v, lang);
    const activities = data.datasets.activities;
    const groups = groupActivitiesBy(activities, provincesOf);
    const page = pathOf({ kind: "provinces" }, lang);
    const codes = data.reference.provinces?.codes() ?? provinceTiles.map((t) => t.code);
    const rows: ProvinceRow[] = codes
      .map((code) => {
        const ids = groups.get(code) ?? [];
        const regencies = new Set<string>();
        for (const id of ids)
          for (const r of data.index.activities.get(id)?.regencies ?? [])
            if (r.startsWith(`${code}.`)) regencies.add(r);
        return {
          key: code,
          label: referenceName(data.reference, "provinces", code, lang),
          counts: { [valueKey]: ids.length },
          total: ids.length,
          ids,
          ...(ids.length > 0 ? { href: pathOf({ kind: "province", id: code }, lang) } : {}),
          regencies: [...regencies]
            .sort()
            .map((r) => `${referenceName(data.reference, "regencies", r, lang)} (${r})`),
        };
      })
      .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, lang));
    const named = activities.filter((a) => provincesOf(a).length > 0).length;
    const withActivities = rows.filter((r) => r.total > 0);
    const bins = countBins(Math.max(0, ...rows.map((r) => r.total)), lang);
    const alt = chartText(lang, "provinces.alt", {
      provinces: n(withActivities.length),
      total: n(rows.length),
      parts: withActivities.map((r) => `${isolateBidi(r.label)} ${n(r.total)}`).join(", "),
    });
    const regencyColumn: DataColumn<ProvinceRow> = {
      key: "regencies",
      label: chartText(lang, "chart.col.regencies"),
      value: (r) => r.regencies,
    };
    const byCode = new Map(rows.map((r) => [r.key, r]));
    return {
      notes: [chartText(lang, "provinces.note")],
      coverage: [coverageLine(lang, "coverage.provinces", page, activities.length, named)],
      alt,
      legend: [...binLegend(bins, lang), { label: chartText(lang, "legend.none"), colour: "#eceff3" }],
      table: countTable({
        caption: chartText(lang, "provinces.title"),
        lang,
        codeHeader: chartText(lang, "chart.col.kemendagri"),
        labelHeader: chartText(lang, "chart.col.province"),
        series: [{ key: valueKey, label: chartText(lang, "chart.col.activityCount"), colour: "" }],
        rows,
        extra: [regencyColumn],
      }),
      render: (width, document) => {
        const layout = width < 500 ? "narrow" : "wide";
        return tileGridMap({
          tiles: provinceTiles.map((tile) => {
            const row = byCode.get(tile.code);
            const value = row?.total ?? 0;
            return {
              code: tile.code,
              short: tile.short,
              col: tile[layout][0],
              row: tile[layout][1],
              value,
              tip: `${row?.label ?? tile.code}: ${value > 0 ? n(value) : chartText(lang, "legend.none")}`,
            };
          }),
          bins,
          valueKey,
          lang,
          width,
          document,
          ariaLabel: alt,
          hrefOf: (code) => byCode.get(code)?.href,
        });
      },
    };
  },
});
