import { formatPartialDate } from "../format/formatPartialDate.ts";
import type { Lang } from "../model.ts";

/** What a citation of a chart names. */
export interface ChartCitationInput {
  publisher: string;
  title: string;
  /** The data version the chart was drawn from. */
  version: string;
  /** When the chart was built, `YYYY-MM-DD`. */
  date: string;
  /** The chart page's absolute URL. */
  url: string;
}

const words: Record<Lang, { kind: string; version: string }> = {
  id: { kind: "Grafik", version: "Versi data" },
  en: { kind: "Chart", version: "Data version" },
};

/**
 * Writes a chart's citation as text in a language:
 * `KSST Terbuka (2026). Title [Chart]. Data version 1.1.0, 28 November 2026. URL`.
 */
export function chartCitation(input: ChartCitationInput, lang: Lang): string {
  const w = words[lang];
  return (
    `${input.publisher} (${input.date.slice(0, 4)}). ${input.title} [${w.kind}]. ` +
    `${w.version} ${input.version}, ${formatPartialDate(input.date, lang)}. ${input.url}`
  );
}
