import { chartText } from "../../i18n/chartText.ts";
import type { AmountBar, AmountPanel } from "../../lib/charts/amountPanels.ts";
import type { DataTable } from "../../lib/charts/dataTable.ts";
import { formatAmount, qualify } from "../../lib/format/formatAmount.ts";
import { formatDateRange } from "../../lib/format/formatDateRange.ts";
import { formatNumber } from "../../lib/format/formatNumber.ts";
import { formatPartialDate } from "../../lib/format/formatPartialDate.ts";
import { localField } from "../../lib/localField.ts";
import type { Finance, Lang } from "../../lib/model.ts";
import { pathOf } from "../routes.ts";
import type { SiteData } from "../siteData.ts";
import { enumValues } from "./enumValues.ts";

/** The key of the drawn value: the amount as stated. */
export const amountKey = "amount";

/** One finance record as a chart row: the record, its label on the chart and the panel it is drawn in. */
export interface FinanceRow {
  record: Finance;
  label: string;
  panel: string;
}

/** Returns the period a record covers, or when it was stated, in a language ("—" when neither is known). */
export function financePeriod(record: Finance, lang: Lang): string {
  return (
    formatDateRange(record.period_start, record.period_end, lang, "short") ??
    (record.date
      ? chartText(lang, "money.stated", { date: formatPartialDate(record.date, lang, "short") })
      : "—")
  );
}

/** Returns the title of a panel: amount type and currency, plus what else the panel groups by. */
export function panelTitle(data: SiteData, record: Finance, lang: Lang, prefix?: string): string {
  const type = enumValues(data, "finances", "amount_type", lang).label(record.amount_type);
  return [prefix, `${type} (${record.currency})`].filter(Boolean).join(" · ");
}

/**
 * Groups rows into panels in first-seen order: each panel holds one amount type and one currency,
 * so amounts are never drawn on one scale with, or summed with, amounts of another type or currency.
 */
export function financePanels(rows: readonly FinanceRow[], lang: Lang): AmountPanel[] {
  const panels = new Map<string, { title: string; currency: string; bars: AmountBar[] }>();
  for (const row of rows) {
    const r = row.record;
    const panel = panels.get(row.panel) ?? { title: row.panel, currency: r.currency, bars: [] };
    panel.bars.push({
      key: r.id,
      label: row.label,
      value: r.amount,
      ...(r.amount_qualifier ? { qualifier: r.amount_qualifier } : {}),
      tip: `${localField(r, "title", lang)}: ${qualify(formatAmount(r.amount, r.currency, lang), r.amount_qualifier, lang)}`,
    });
    panels.set(row.panel, panel);
  }
  return [...panels].map(([key, p]) => ({ key, ...p }));
}

/** Returns the address of the first source of an amount that has one: where the value was published. */
export function amountSourceUrl(data: SiteData, record: Finance): string | undefined {
  return record.source_ids.map((id) => data.index.sources.get(id)?.url).find((url) => url !== undefined);
}

/**
 * Returns the links of an amount's row: each source it cites (to the publication itself when it has
 * an address), so every drawn value leads to where it was stated.
 */
function sourceLinks(data: SiteData, record: Finance, lang: Lang): { text: string; href: string }[] {
  return record.source_ids.map((id) => {
    const source = data.index.sources.get(id);
    const date = source?.date ? `, ${formatPartialDate(source.date, lang, "short")}` : "";
    return source?.url
      ? { text: `${source.publisher}${date}`, href: source.url }
      : {
          text: source ? `${source.publisher}${date}` : id,
          href: `${pathOf({ kind: "finances" }, lang)}?q=${encodeURIComponent(record.id)}`,
        };
  });
}

/** Builds the table of a money chart: one row per record, the exact amount, its type, currency and period. */
export function financeTable(
  data: SiteData,
  rows: readonly FinanceRow[],
  lang: Lang,
  caption: string,
): DataTable<FinanceRow> {
  const type = enumValues(data, "finances", "amount_type", lang);
  const qualifier = enumValues(data, "finances", "amount_qualifier", lang);
  return {
    caption,
    columns: [
      { key: "id", label: chartText(lang, "chart.col.recordId"), value: (r) => r.record.id, show: "csv" },
      {
        key: "title",
        label: chartText(lang, "chart.col.amountTitle"),
        value: (r) => localField(r.record, "title", lang),
        rowHeader: true,
      },
      { key: "panel", label: chartText(lang, "chart.col.panel"), value: (r) => r.panel, show: "table" },
      {
        key: "period",
        label: chartText(lang, "chart.col.period"),
        value: (r) => financePeriod(r.record, lang),
      },
      {
        key: "amount_type",
        label: chartText(lang, "chart.col.amountType"),
        value: (r) => r.record.amount_type,
        text: (r) => type.label(r.record.amount_type),
        show: "csv",
      },
      {
        key: "currency",
        label: chartText(lang, "chart.col.currency"),
        value: (r) => r.record.currency,
        show: "csv",
      },
      {
        key: amountKey,
        label: chartText(lang, "chart.col.amount"),
        value: (r) => r.record.amount,
        text: (r) => qualify(formatNumber(r.record.amount, lang), r.record.amount_qualifier, lang),
        numeric: true,
      },
      {
        key: "qualifier",
        label: chartText(lang, "chart.col.qualifier"),
        value: (r) => r.record.amount_qualifier,
        text: (r) => (r.record.amount_qualifier ? qualifier.label(r.record.amount_qualifier) : "—"),
        show: "csv",
      },
      {
        key: "records",
        label: chartText(lang, "chart.col.source"),
        value: (r) => r.record.id,
        links: (r) => sourceLinks(data, r.record, lang),
        show: "table",
      },
    ],
    rows,
    rowKey: (r) => r.record.id,
  };
}

/** Tells whether any row's amount is qualified (approximate or a lower bound), for the legend. */
export function hasQualified(rows: readonly FinanceRow[]): boolean {
  return rows.some((r) => r.record.amount_qualifier !== undefined);
}
