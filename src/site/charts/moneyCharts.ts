import { type ChartTextKey, chartText } from "../../i18n/chartText.ts";
import { amountPanels } from "../../lib/charts/amountPanels.ts";
import { categoricalColour } from "../../lib/charts/palette.ts";
import { formatNumber } from "../../lib/format/formatNumber.ts";
import { localField } from "../../lib/localField.ts";
import type { AmountType, Finance, Lang } from "../../lib/model.ts";
import { isolateBidi } from "../../lib/text/isolateBidi.ts";
import { referenceName } from "../names.ts";
import type { SiteData } from "../siteData.ts";
import { type ChartDefinition, defineChart, type LegendItem } from "./chartDefinition.ts";
import { coverageLine } from "./coverageLine.ts";
import { enumValues } from "./enumValues.ts";
import {
  amountKey,
  amountSourceUrl,
  type FinanceRow,
  financePanels,
  financeTable,
  hasQualified,
  panelTitle,
} from "./financeRows.ts";

/** Amount types in the order the panels show them: capital, plans, then what was reported as given. */
const typeOrder: readonly AmountType[] = [
  "endowment",
  "target",
  "realised",
  "disbursed",
  "committed",
  "pledged",
];
/** The colour of amount bars: one hue, since panels (not colours) separate amount types. */
const amountColour = categoricalColour(0);

/** Amounts about LDKPI as a whole: no recipient, region or sector, and not an allocation to one. */
function isOverall(f: Finance): boolean {
  return (
    f.recipient_country === undefined &&
    f.recipient_region === undefined &&
    f.sector === undefined &&
    f.amount_type !== "committed" &&
    f.amount_type !== "pledged"
  );
}

/** Orders records by amount type, then by period start (or statement date), then id. */
function byTypeAndTime(a: Finance, b: Finance): number {
  return (
    typeOrder.indexOf(a.amount_type) - typeOrder.indexOf(b.amount_type) ||
    a.currency.localeCompare(b.currency) ||
    (a.period_start ?? a.date ?? "").localeCompare(b.period_start ?? b.date ?? "") ||
    a.id.localeCompare(b.id)
  );
}

/** What differs between the money charts: which records, how they are labelled and grouped. */
interface MoneySpec {
  id: string;
  title: ChartTextKey;
  subtitle: ChartTextKey;
  alt: ChartTextKey;
  note: ChartTextKey;
  select(f: Finance): boolean;
  /** The row's label on the chart and its panel title. */
  place(data: SiteData, f: Finance, lang: Lang): { label: string; panel: string };
  order(a: Finance, b: Finance): number;
}

/** Builds a money chart: the selected finance records as bars in panels by amount type and currency. */
function moneyChart(spec: MoneySpec): ChartDefinition {
  return defineChart<FinanceRow>({
    id: spec.id,
    section: "money",
    title: spec.title,
    subtitle: spec.subtitle,
    unit: "unit.amount",
    datasets: ["finances"],
    build(data, lang) {
      const n = (v: number) => formatNumber(v, lang);
      const finances = data.datasets.finances;
      const rows: FinanceRow[] = finances
        .filter(spec.select)
        .sort(spec.order)
        .map((record) => ({ record, ...spec.place(data, record, lang) }));
      const panels = financePanels(rows, lang);
      const kinds = new Set(rows.map((r) => `${r.record.amount_type}|${r.record.currency}`));
      const legend: LegendItem[] = [{ label: chartText(lang, "legend.amount"), colour: amountColour }];
      if (hasQualified(rows))
        legend.push({ label: chartText(lang, "legend.qualified"), colour: amountColour, style: "outline" });
      const alt = chartText(lang, spec.alt, {
        count: n(rows.length),
        panels: n(panels.length),
        parts: panels.map((p) => `${isolateBidi(p.title)}: ${n(p.bars.length)}`).join("; "),
      });
      return {
        notes: [chartText(lang, spec.note), chartText(lang, "money.never")],
        coverage: [coverageLine(lang, "coverage.money", { kind: "finances" }, finances.length, rows.length)],
        alt,
        legend,
        table: financeTable(data, rows, lang, chartText(lang, spec.title)),
        render: (width, document) =>
          amountPanels({
            panels,
            sharedScale: kinds.size === 1,
            colour: amountColour,
            valueKey: amountKey,
            lang,
            width,
            document,
            ariaLabel: alt,
            // Each bar links to the publication that states its amount.
            hrefOf: (id) => {
              const record = data.index.finances.get(id);
              return record ? amountSourceUrl(data, record) : undefined;
            },
          }),
      };
    },
  });
}

/** Money: LDKPI's overall amounts by year, one panel per amount type (capital, targets, realised, disbursed). */
export const moneyByYearChart = moneyChart({
  id: "money-by-year",
  title: "moneyYear.title",
  subtitle: "moneyYear.subtitle",
  alt: "moneyYear.alt",
  note: "moneyYear.note",
  select: isOverall,
  place: (data, f, lang) => ({
    label: localField(f, "title", lang),
    panel: panelTitle(data, f, lang),
  }),
  order: byTypeAndTime,
});

/** Money: amounts the sources break down by world region. */
export const moneyByRegionChart = moneyChart({
  id: "money-by-region",
  title: "moneyRegion.title",
  subtitle: "moneyRegion.subtitle",
  alt: "moneyRegion.alt",
  note: "moneyRegion.note",
  select: (f) => f.recipient_region !== undefined,
  place: (data, f, lang) => ({
    label: enumValues(data, "finances", "recipient_region", lang).label(f.recipient_region ?? ""),
    panel: panelTitle(data, f, lang),
  }),
  order: (a, b) => byTypeAndTime(a, b) || b.amount - a.amount,
});

/** Money: amounts for named recipients, grouped by DAC sector (or "sector not stated"). */
export const moneyBySectorChart = moneyChart({
  id: "money-by-sector",
  title: "moneySector.title",
  subtitle: "moneySector.subtitle",
  alt: "moneySector.alt",
  note: "moneySector.note",
  select: (f) => !isOverall(f) && f.recipient_region === undefined,
  place: (data, f, lang) => {
    const sector = f.sector
      ? referenceName(data.reference, "dac-sectors", f.sector, lang)
      : chartText(lang, "moneySector.none");
    const country = f.recipient_country
      ? referenceName(data.reference, "countries", f.recipient_country, lang)
      : undefined;
    const year = (f.period_start ?? f.date)?.slice(0, 4);
    const label = country
      ? [country, year].filter(Boolean).join(", ")
      : lang === "id"
        ? f.title_id
        : f.title_en;
    return { label, panel: panelTitle(data, f, lang, sector) };
  },
  order: (a, b) =>
    (a.sector === undefined ? 1 : 0) - (b.sector === undefined ? 1 : 0) ||
    (a.sector ?? "").localeCompare(b.sector ?? "") ||
    byTypeAndTime(a, b),
});
