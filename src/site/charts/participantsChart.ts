import { chartText } from "../../i18n/chartText.ts";
import { columnChart } from "../../lib/charts/columnChart.ts";
import { categoricalColour } from "../../lib/charts/palette.ts";
import { formatNumber } from "../../lib/format/formatNumber.ts";
import { yearOf } from "../../lib/partialDate.ts";
import { countedParticipants, participantsOnOtherBasis } from "../../lib/stats/countedParticipants.ts";
import { type ParticipantsYear, participantsPerYear } from "../../lib/stats/participantsPerYear.ts";
import { activityLinks } from "./activityLinks.ts";
import { defineChart } from "./chartDefinition.ts";
import { coverageLine } from "./coverageLine.ts";

/** The key of the drawn value: stated participants. */
const valueKey = "participants";

/**
 * Who takes part: participants from partner countries per start year (the one basis the site adds up),
 * with how many activities state that number.
 */
export const participantsChart = defineChart<ParticipantsYear>({
  id: "participants",
  section: "who",
  title: "participants.title",
  subtitle: "participants.subtitle",
  unit: "unit.participants",
  datasets: ["activities"],
  build(data, lang) {
    const n = (v: number) => formatNumber(v, lang);
    const activities = data.datasets.activities;
    const rows = participantsPerYear(activities);
    const known = activities.filter((a) => countedParticipants(a) !== undefined);
    const otherBasis = activities.filter(participantsOnOtherBasis);
    const undatedKnown = known.filter((a) => yearOf(a.start_date) === undefined);
    const womenKnown = known.filter((a) => a.participants_female !== undefined);
    const total = known.reduce((s, a) => s + (countedParticipants(a) ?? 0), 0);
    const notes = [
      womenKnown.length === 0
        ? chartText(lang, "participants.womenUnknown", { total: n(activities.length) })
        : chartText(lang, "participants.womenShare", {
            share: formatNumber(
              womenKnown.reduce((s, a) => s + (a.participants_female ?? 0), 0) /
                womenKnown.reduce((s, a) => s + (countedParticipants(a) ?? 0), 0),
              lang,
              { style: "percent", maximumFractionDigits: 0 },
            ),
            known: n(womenKnown.length),
            total: n(activities.length),
          }),
      chartText(lang, "participants.note"),
      ...(undatedKnown.length > 0
        ? [chartText(lang, "participants.undated", { count: n(undatedKnown.length) })]
        : []),
      ...(otherBasis.length > 0
        ? [chartText(lang, "participants.otherBasis", { count: n(otherBasis.length) })]
        : []),
    ];
    const alt = chartText(lang, "participants.alt", {
      total: n(total),
      known: n(known.length),
      activities: n(activities.length),
    });
    const series = [
      { key: valueKey, label: chartText(lang, "chart.col.participants"), colour: categoricalColour(0) },
    ];
    const drawn = rows.filter((r) => r.participants !== undefined && r.participants > 0);
    // The axis spans the years with a stated number, every year in between included.
    const first = drawn[0]?.year ?? 0;
    const span = drawn.length > 0 ? (drawn.at(-1)?.year ?? first) - first + 1 : 0;
    const categories = Array.from({ length: span }, (_, i) => String(first + i));
    return {
      notes,
      coverage: [
        coverageLine(
          lang,
          "coverage.participants",
          { kind: "participants" },
          activities.length,
          known.length,
        ),
      ],
      alt,
      legend: [],
      table: {
        caption: chartText(lang, "participants.title"),
        columns: [
          {
            key: "year",
            label: chartText(lang, "chart.col.year"),
            value: (r) => r.year,
            text: (r) => String(r.year),
            rowHeader: true,
          },
          {
            key: valueKey,
            label: chartText(lang, "chart.col.participants"),
            value: (r) => r.participants,
            numeric: true,
          },
          {
            key: "known",
            label: chartText(lang, "chart.col.knownActivities"),
            value: (r) => r.knownIds.length,
            numeric: true,
          },
          {
            key: "unknown",
            label: chartText(lang, "chart.col.unknownActivities"),
            value: (r) => r.unknownIds.length,
            numeric: true,
          },
          { key: "women", label: chartText(lang, "chart.col.women"), value: (r) => r.women, numeric: true },
          {
            key: "records",
            label: chartText(lang, "chart.col.knownRecords"),
            value: (r) => r.knownIds,
            links: (r) => activityLinks(r.knownIds, lang),
          },
        ],
        rows,
        rowKey: (r) => String(r.year),
      },
      render: (width, document) =>
        columnChart({
          data: drawn.map((r) => ({
            category: String(r.year),
            series: valueKey,
            value: r.participants ?? 0,
            tip: `${r.year}: ${n(r.participants ?? 0)} (${chartText(lang, "participants.tipKnown", {
              known: n(r.knownIds.length),
              total: n(r.knownIds.length + r.unknownIds.length),
            })})`,
          })),
          categories,
          series,
          lang,
          width,
          document,
          yLabel: chartText(lang, "axis.participants"),
          ariaLabel: alt,
        }),
    };
  },
});
