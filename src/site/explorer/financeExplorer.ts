import { findText } from "../../i18n/findText.ts";
import type { Finance } from "../../lib/model.ts";
import { yearOf } from "../../lib/partialDate.ts";
import { regionOfCountry } from "./activityExplorer.ts";
import { regionList } from "./codeNames.ts";
import { defineExplorer } from "./explorerDefinition.ts";

/** The year an amount belongs to: its date, else the start of its period. */
function financeYear(f: Finance): string {
  return String(yearOf(f.date) ?? yearOf(f.period_start) ?? "");
}

/** Amounts newest first (undated last), by id within a date. */
export function financesInOrder(finances: readonly Finance[]): Finance[] {
  const key = (f: Finance) => f.date ?? f.period_start ?? "";
  return [...finances].sort((a, b) => key(b).localeCompare(key(a)) || a.id.localeCompare(b.id));
}

/** The finances explorer: filter amounts by country, region, organisation, amount type, currency and year. */
export const financeExplorer = defineExplorer<Finance>({
  id: "finances",
  dataset: "finances",
  derived: [
    {
      column: { name: "regions", labels: regionList, list: true },
      value: (f) => f.recipient_region ?? (f.recipient_country ? regionOfCountry(f.recipient_country) : ""),
    },
    { column: { name: "year" }, value: financeYear },
    {
      column: { name: "source_url" },
      value: (f, data) => f.source_ids.map((id) => data.index.sources.get(id)?.url).find(Boolean) ?? "",
    },
  ],
  facets: [
    { name: "country", column: "recipient_country", label: (l) => findText(l, "facet.country") },
    { name: "region", column: "regions", label: (l) => findText(l, "facet.region") },
    { name: "org", column: "channel_org", label: (l) => findText(l, "facet.org") },
    { name: "type", column: "amount_type", label: (l) => findText(l, "facet.amountType") },
    { name: "currency", column: "currency", label: (l) => findText(l, "facet.currency") },
    { name: "sector", column: "sector", label: (l) => findText(l, "facet.sector") },
    { name: "year", column: "year", range: true, label: (l) => findText(l, "facet.year") },
  ],
  sorts: [
    { name: "date", column: "date", type: "date" },
    { name: "amount", column: "amount", type: "number" },
  ],
  defaultSort: { name: "date", desc: true },
  text: ["id", "title_id", "title_en", "channel_org", "recipient_country", "activity_id"],
  records: (data) => financesInOrder(data.datasets.finances),
  display: (_data, lang) => [
    { header: findText(lang, "col.date"), column: "date", kind: "date", sort: "date" },
    { header: findText(lang, "col.what"), column: `title_${lang}`, kind: "link", urlColumn: "source_url" },
    {
      header: findText(lang, "col.amount"),
      column: "amount",
      kind: "amount",
      currencyColumn: "currency",
      qualifierColumn: "amount_qualifier",
      numeric: true,
      sort: "amount",
    },
    { header: findText(lang, "col.amountType"), column: "amount_type", kind: "names" },
    { header: findText(lang, "col.channel"), column: "channel_org", kind: "names" },
    { header: findText(lang, "col.recipient"), column: "recipient_country", kind: "names" },
  ],
  count: { one: "count.finances.one", other: "count.finances" },
});
