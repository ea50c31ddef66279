import { chartText } from "../../i18n/chartText.ts";
import { choroplethMap } from "../../lib/charts/choroplethMap.ts";
import { countBins } from "../../lib/charts/countBins.ts";
import { formatNumber } from "../../lib/format/formatNumber.ts";
import { groupActivitiesBy } from "../../lib/stats/groupActivitiesBy.ts";
import { referenceName } from "../names.ts";
import { pathOf } from "../routes.ts";
import { binLegend } from "./binLegend.ts";
import { defineChart } from "./chartDefinition.ts";
import { type CountRow, countTable } from "./countRows.ts";
import { coverageLine } from "./coverageLine.ts";
import { countryPoint, worldOutlines } from "./worldOutlines.ts";

/** Indonesia, drawn apart on the map as the provider of the cooperation. */
const home = "ID";
/** The colour of Indonesia on the map: Okabe–Ito orange, apart from the blues of the counts. */
const homeColour = "#E69F00";
/** The key of the drawn value: activities naming the country as a partner. */
const valueKey = "activities";

/** With whom: partner (recipient) countries on a world map, shaded by the number of activities. */
export const partnerCountriesChart = defineChart<CountRow>({
  id: "partner-countries",
  section: "with-whom",
  title: "countries.title",
  subtitle: "countries.subtitle",
  unit: "unit.activities",
  datasets: ["activities"],
  credits: ["credit.naturalEarth"],
  scalable: true,
  fullWidth: true,
  build(data, lang) {
    const n = (v: number) => formatNumber(v, lang);
    const activities = data.datasets.activities;
    const groups = groupActivitiesBy(activities, (a) => a.recipient_countries);
    const countriesPage = pathOf({ kind: "countries" }, lang);
    const rows: CountRow[] = [...groups]
      .map(([code, ids]) => ({
        key: code,
        label: referenceName(data.reference, "countries", code, lang),
        counts: { [valueKey]: ids.length },
        total: ids.length,
        ids,
        href: pathOf({ kind: "country", id: code }, lang),
      }))
      .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, lang));
    const outlines = worldOutlines();
    const drawn = new Set(outlines.map((f) => f.properties.code));
    const points = rows
      .filter((r) => !drawn.has(r.key))
      .flatMap((r) => {
        const point = countryPoint(r.key);
        return point ? [{ code: r.key, ...point }] : [];
      });
    const bins = countBins(Math.max(0, ...rows.map((r) => r.total)), lang);
    const named = activities.filter((a) => (a.recipient_countries ?? []).length > 0).length;
    const top = rows.filter((r) => r.total === rows[0]?.total);
    const alt = chartText(lang, "countries.alt", {
      countries: n(rows.length),
      activities: n(named),
      top: top.map((r) => r.label).join(", "),
      topCount: n(rows[0]?.total ?? 0),
    });
    const notes = points.length
      ? [
          chartText(lang, "countries.dots", {
            countries: points.map((p) => referenceName(data.reference, "countries", p.code, lang)).join(", "),
          }),
        ]
      : [];
    return {
      notes,
      coverage: [coverageLine(lang, "coverage.countries", countriesPage, activities.length, named)],
      alt,
      legend: [
        ...binLegend(bins, lang),
        { label: referenceName(data.reference, "countries", home, lang), colour: homeColour },
      ],
      table: countTable({
        caption: chartText(lang, "countries.title"),
        lang,
        codeHeader: chartText(lang, "chart.col.iso"),
        labelHeader: chartText(lang, "chart.col.country"),
        series: [{ key: valueKey, label: chartText(lang, "chart.col.activityCount"), colour: "" }],
        rows,
      }),
      render: (width, document) =>
        choroplethMap({
          features: outlines,
          values: new Map(
            rows.map((r) => [r.key, { value: r.total, tip: `${r.label}: ${n(r.total)}` }] as const),
          ),
          bins,
          home: {
            code: home,
            colour: homeColour,
            tip: referenceName(data.reference, "countries", home, lang),
          },
          focus: [...rows.map((r) => r.key), home],
          points,
          valueKey,
          centre: 80,
          lang,
          width,
          document,
          ariaLabel: alt,
          hrefOf: (code) => rows.find((r) => r.key === code)?.href,
        }),
    };
  },
});
