import { type ChartTextKey, chartText } from "../../i18n/chartText.ts";
import { barChart } from "../../lib/charts/barChart.ts";
import type { DataColumn } from "../../lib/charts/dataTable.ts";
import { missingColour } from "../../lib/charts/palette.ts";
import { formatNumber } from "../../lib/format/formatNumber.ts";
import { localField } from "../../lib/localField.ts";
import type { OrganisationType } from "../../lib/model.ts";
import { activitiesByOrgType } from "../../lib/stats/activitiesByOrgType.ts";
import { isolateBidi } from "../../lib/text/isolateBidi.ts";
import { activityRowsHref } from "./activityRowsHref.ts";
import { defineChart } from "./chartDefinition.ts";
import { type CountRow, countTable } from "./countRows.ts";
import { coverageLine } from "./coverageLine.ts";
import { enumValues } from "./enumValues.ts";
import { seriesLegend } from "./seriesLegend.ts";

/** Groups of organisation types, in the order the chart lists them, each with its colour. */
const groups: readonly {
  key: string;
  label: ChartTextKey;
  colour: string;
  types: readonly OrganisationType[];
}[] = [
  {
    key: "non-government",
    label: "actors.group.nonGovernment",
    colour: "#D55E00",
    types: ["private", "civil-society", "academic"],
  },
  { key: "regional", label: "actors.group.regional", colour: "#CC79A7", types: ["local-government"] },
  { key: "soe", label: "actors.group.soe", colour: "#E69F00", types: ["state-owned-enterprise"] },
  {
    key: "central",
    label: "actors.group.central",
    colour: "#0072B2",
    types: ["ministry", "agency", "parliament", "judiciary", "diplomatic-mission"],
  },
  {
    key: "partners",
    label: "actors.group.partners",
    colour: "#009E73",
    types: ["multilateral", "bilateral-agency"],
  },
  { key: "unknown", label: "actors.group.unknown", colour: missingColour, types: ["unknown"] },
];

/** The key of the drawn value: activities naming at least one organisation of the type. */
const valueKey = "activities";

/** An organisation type's row: its group and the organisations named. */
type ActorRow = CountRow & { group: string; organisations: string[] };

/** Who takes part: activities by the kind of organisations that take part, non-government actors first. */
export const actorsChart = defineChart<ActorRow>({
  id: "actors",
  section: "who",
  title: "actors.title",
  subtitle: "actors.subtitle",
  unit: "unit.activities",
  datasets: ["activities", "organisations"],
  build(data, lang) {
    const n = (v: number) => formatNumber(v, lang);
    const activities = data.datasets.activities;
    const type = enumValues(data, "organisations", "type", lang);
    const stats = activitiesByOrgType(activities, (id) => data.index.organisations.get(id)?.type);
    const orgName = (id: string) => {
      const o = data.index.organisations.get(id);
      return o ? (o.acronym ?? localField(o, "name", lang)) : id;
    };
    const rows: ActorRow[] = groups.flatMap((group) =>
      group.types.flatMap((t) => {
        const entry = stats.find((s) => s.type === t);
        if (!entry) return [];
        return [
          {
            key: t,
            label: type.label(t),
            counts: { [group.key]: entry.activityIds.length },
            total: entry.activityIds.length,
            ids: entry.activityIds,
            // The activities naming any organisation of the type, in any role: the explorer's `org`.
            rowsHref: activityRowsHref(data, lang, { filters: { org: entry.organisationIds } }),
            group: chartText(lang, group.label),
            organisations: entry.organisationIds.map(orgName),
          },
        ];
      }),
    );
    const inclusive = new Set(
      stats
        .filter((s) => ["private", "civil-society", "academic", "local-government"].includes(s.type))
        .flatMap((s) => s.activityIds),
    );
    const used = groups.filter((g) => g.types.some((t) => rows.some((r) => r.key === t)));
    const series = used.map((g) => ({ key: g.key, label: chartText(lang, g.label), colour: g.colour }));
    const alt = chartText(lang, "actors.alt", {
      inclusive: n(inclusive.size),
      total: n(activities.length),
      parts: rows.map((r) => `${isolateBidi(r.label)} ${n(r.total)}`).join(", "),
    });
    const extra: DataColumn<ActorRow>[] = [
      { key: "group", label: chartText(lang, "chart.col.group"), value: (r) => r.group },
      {
        key: "organisations",
        label: chartText(lang, "chart.col.organisations"),
        value: (r) => r.organisations,
      },
    ];
    const table = countTable({
      caption: chartText(lang, "actors.title"),
      lang,
      codeHeader: chartText(lang, "chart.col.code"),
      labelHeader: chartText(lang, "chart.col.orgType"),
      series: [{ key: valueKey, label: chartText(lang, "chart.col.activityCount"), colour: "" }],
      rows: rows.map((r) => ({ ...r, counts: { [valueKey]: r.total } })),
      extra,
    });
    return {
      notes: [chartText(lang, "actors.note")],
      coverage: [
        coverageLine(
          lang,
          "coverage.inclusive",
          { kind: "organisations" },
          activities.length,
          inclusive.size,
        ),
      ],
      alt,
      legend: seriesLegend(series),
      table,
      render: (width, document) =>
        barChart({
          data: rows.flatMap((r) =>
            Object.entries(r.counts).map(([group, value]) => ({
              category: r.key,
              series: group,
              value,
              tip: `${r.label}: ${n(value)}`,
            })),
          ),
          categories: rows.map((r) => ({ key: r.key, label: r.label })),
          series,
          valueKey,
          lang,
          width,
          document,
          xLabel: chartText(lang, "axis.activities"),
          ariaLabel: alt,
        }),
    };
  },
});
