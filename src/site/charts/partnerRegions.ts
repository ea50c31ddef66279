import { chartText } from "../../i18n/chartText.ts";
import type { DataColumn } from "../../lib/charts/dataTable.ts";
import { categoricalColour } from "../../lib/charts/palette.ts";
import { formatNumber } from "../../lib/format/formatNumber.ts";
import { regionOfPlace } from "../../lib/stats/countryRegions.ts";
import { isolateBidi } from "../../lib/text/isolateBidi.ts";
import { referenceName } from "../names.ts";
import { pathOf } from "../routes.ts";
import { defineChart } from "./chartDefinition.ts";
import { countBarChart } from "./countBarChart.ts";
import { type CountRow, countTable } from "./countRows.ts";
import { coverageLine } from "./coverageLine.ts";
import { enumValues } from "./enumValues.ts";
import { countryPlace } from "./worldOutlines.ts";

/** The key of the drawn value: activities with at least one partner country in the region. */
const valueKey = "activities";

/** With whom: activities by the world region of their partner countries (UN M49). */
export const partnerRegionsChart = defineChart<CountRow & { countries: string[] }>({
  id: "partner-regions",
  section: "with-whom",
  title: "regions.title",
  subtitle: "regions.subtitle",
  unit: "unit.activities",
  datasets: ["activities"],
  credits: ["credit.m49"],
  build(data, lang) {
    const n = (v: number) => formatNumber(v, lang);
    const activities = data.datasets.activities;
    const region = enumValues(data, "finances", "recipient_region", lang);
    const byRegion = new Map<string, { ids: Set<string>; countries: Set<string> }>();
    for (const a of activities) {
      for (const code of a.recipient_countries ?? []) {
        const key = regionOfPlace(code, countryPlace(code)) ?? "other";
        const entry = byRegion.get(key) ?? { ids: new Set(), countries: new Set() };
        entry.ids.add(a.id);
        entry.countries.add(code);
        byRegion.set(key, entry);
      }
    }
    const series = [
      { key: valueKey, label: chartText(lang, "chart.col.activityCount"), colour: categoricalColour(0) },
    ];
    const rows = [...byRegion]
      .map(([key, entry]) => {
        const ids = activities.filter((a) => entry.ids.has(a.id)).map((a) => a.id);
        return {
          key,
          label: key === "other" ? chartText(lang, "regions.other") : region.label(key),
          counts: { [valueKey]: ids.length },
          total: ids.length,
          ids,
          href: pathOf({ kind: "region", id: key }, lang),
          countries: [...entry.countries]
            .map((c) => referenceName(data.reference, "countries", c, lang))
            .sort((x, y) => x.localeCompare(y, lang)),
        };
      })
      .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, lang));
    const named = activities.filter((a) => (a.recipient_countries ?? []).length > 0).length;
    const alt = chartText(lang, "regions.alt", {
      parts: rows.map((r) => `${isolateBidi(r.label)} ${n(r.total)}`).join(", "),
    });
    const countriesColumn: DataColumn<CountRow & { countries: string[] }> = {
      key: "countries",
      label: chartText(lang, "chart.col.countries"),
      value: (r) => r.countries,
    };
    return {
      notes: [chartText(lang, "regions.note")],
      coverage: [coverageLine(lang, "coverage.countries", { kind: "countries" }, activities.length, named)],
      alt,
      legend: [],
      table: countTable({
        caption: chartText(lang, "regions.title"),
        lang,
        codeHeader: chartText(lang, "chart.col.code"),
        labelHeader: chartText(lang, "chart.col.region"),
        series,
        rows,
        extra: [countriesColumn],
      }),
      render: countBarChart({ rows, series, lang, xLabel: "axis.activities", ariaLabel: alt }),
    };
  },
});
