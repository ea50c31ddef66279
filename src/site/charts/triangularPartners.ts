import { chartText } from "../../i18n/chartText.ts";
import { categoricalColour } from "../../lib/charts/palette.ts";
import { formatNumber } from "../../lib/format/formatNumber.ts";
import { localField } from "../../lib/localField.ts";
import { countBy } from "../../lib/stats/countBy.ts";
import { groupActivitiesBy } from "../../lib/stats/groupActivitiesBy.ts";
import { isolateBidi } from "../../lib/text/isolateBidi.ts";
import { datasetFieldMark } from "../derivedMark.ts";
import { pathOf } from "../routes.ts";
import { defineChart } from "./chartDefinition.ts";
import { countBarChart } from "./countBarChart.ts";
import { type CountRow, countTable } from "./countRows.ts";
import { coverageLine } from "./coverageLine.ts";
import { enumValues } from "./enumValues.ts";
import { seriesLegend } from "./seriesLegend.ts";

/** With whom: development partners of triangular cooperation and the kinds of activity they joined. */
export const triangularPartnersChart = defineChart<CountRow>({
  id: "triangular-partners",
  section: "with-whom",
  title: "partners.title",
  subtitle: "partners.subtitle",
  unit: "unit.activities",
  datasets: ["activities", "organisations"],
  build(data, lang) {
    const n = (v: number) => formatNumber(v, lang);
    const activities = data.datasets.activities;
    const type = enumValues(data, "activities", "type", lang);
    const withPartner = activities.filter((a) => (a.partner_orgs ?? []).length > 0);
    const types = countBy(withPartner, (a) => a.type, { order: type.values }).map((c) => c.key);
    const series = types.map((key, i) => ({ key, label: type.label(key), colour: categoricalColour(i) }));
    const rows: CountRow[] = [...groupActivitiesBy(activities, (a) => a.partner_orgs)]
      .map(([org, ids]) => {
        const record = data.index.organisations.get(org);
        const counts: Record<string, number> = {};
        for (const id of ids) {
          const a = data.index.activities.get(id);
          if (a) counts[a.type] = (counts[a.type] ?? 0) + 1;
        }
        const name = record ? localField(record, "name", lang) : org;
        return {
          key: org,
          label: record?.acronym ?? name,
          counts,
          total: ids.length,
          ids,
          href: pathOf({ kind: "organisation", id: org }, lang),
        };
      })
      .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, lang));
    // Triangular is KSST Terbuka's modality for an activity that names a development partner.
    const derived = datasetFieldMark(data, "activities", "modality", lang);
    const alt = chartText(lang, "partners.alt", {
      partners: n(rows.length),
      activities: n(withPartner.length),
      parts: rows.map((r) => `${isolateBidi(r.label)} ${n(r.total)}`).join(", "),
    });
    return {
      notes: [chartText(lang, "partners.note"), ...(derived ? [derived.note] : [])],
      coverage: [
        coverageLine(
          lang,
          "coverage.partners",
          { kind: "organisations" },
          activities.length,
          withPartner.length,
        ),
      ],
      alt,
      legend: seriesLegend(series),
      table: countTable({
        caption: chartText(lang, "partners.title"),
        lang,
        codeHeader: chartText(lang, "chart.col.orgId"),
        labelHeader: chartText(lang, "chart.col.partner"),
        series,
        rows,
      }),
      render: countBarChart({ rows, series, lang, xLabel: "axis.activities", ariaLabel: alt }),
    };
  },
});
