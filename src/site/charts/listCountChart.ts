import { type ChartTextKey, chartText } from "../../i18n/chartText.ts";
import { categoricalColour } from "../../lib/charts/palette.ts";
import { formatNumber } from "../../lib/format/formatNumber.ts";
import type { Activity, Lang } from "../../lib/model.ts";
import { groupActivitiesBy } from "../../lib/stats/groupActivitiesBy.ts";
import { type PageKey, pathOf } from "../routes.ts";
import type { SiteData } from "../siteData.ts";
import { type ChartDefinition, type ChartSection, defineChart } from "./chartDefinition.ts";
import { countBarChart } from "./countBarChart.ts";
import { type CountRow, countTable } from "./countRows.ts";
import { coverageLine } from "./coverageLine.ts";

/** What differs between the charts that count activities by the codes of one list field. */
export interface ListCountSpec {
  id: string;
  section: ChartSection;
  title: ChartTextKey;
  subtitle: ChartTextKey;
  alt: ChartTextKey;
  coverage: ChartTextKey;
  codeHeader: ChartTextKey;
  labelHeader: ChartTextKey;
  notes?: readonly ChartTextKey[];
  credits?: readonly ChartTextKey[];
  /** The codes an activity lists (e.g. its DAC sectors or SDGs). */
  codes(activity: Activity): readonly string[] | undefined;
  /** The label of a code in a language. */
  label(data: SiteData, code: string, lang: Lang): string;
  /** Orders the rows: by count (most first) or by code. */
  order: "count" | "code";
  /** The page of a code (a sector's, a goal's), which its bar and table row link to. */
  page?: (code: string) => PageKey;
}

/** The key of the drawn value: activities that list the code. */
const valueKey = "activities";

/** Builds a bar chart of activities per code of a list field (sectors, SDGs), one bar per code. */
export function listCountChart(spec: ListCountSpec): ChartDefinition {
  return defineChart<CountRow>({
    id: spec.id,
    section: spec.section,
    title: spec.title,
    subtitle: spec.subtitle,
    unit: "unit.activities",
    datasets: ["activities"],
    ...(spec.credits ? { credits: spec.credits } : {}),
    build(data, lang) {
      const n = (v: number) => formatNumber(v, lang);
      const activities = data.datasets.activities;
      const rows: CountRow[] = [...groupActivitiesBy(activities, (a) => spec.codes(a))]
        .map(([code, ids]) => ({
          key: code,
          label: spec.label(data, code, lang),
          counts: { [valueKey]: ids.length },
          total: ids.length,
          ids,
          ...(spec.page ? { href: pathOf(spec.page(code), lang) } : {}),
        }))
        .sort((a, b) =>
          spec.order === "count"
            ? b.total - a.total || a.key.localeCompare(b.key)
            : a.key.localeCompare(b.key, "en", { numeric: true }),
        );
      const series = [
        { key: valueKey, label: chartText(lang, "chart.col.activityCount"), colour: categoricalColour(0) },
      ];
      const known = activities.filter((a) => (spec.codes(a) ?? []).length > 0).length;
      const top = [...rows].sort((a, b) => b.total - a.total)[0];
      const alt = chartText(lang, spec.alt, {
        count: n(rows.length),
        known: n(known),
        top: top?.label ?? "—",
        topCount: n(top?.total ?? 0),
      });
      return {
        notes: (spec.notes ?? []).map((key) => chartText(lang, key)),
        coverage: [coverageLine(lang, spec.coverage, { kind: "activities" }, activities.length, known)],
        alt,
        legend: [],
        table: countTable({
          caption: chartText(lang, spec.title),
          lang,
          codeHeader: chartText(lang, spec.codeHeader),
          labelHeader: chartText(lang, spec.labelHeader),
          series,
          rows,
        }),
        render: countBarChart({ rows, series, lang, xLabel: "axis.activities", ariaLabel: alt }),
      };
    },
  });
}
