import type { UiPart } from "../i18n/t.ts";
import type { Lang } from "../lib/model.ts";

/** One entry of a chart's legend. */
export interface LegendItem {
  label: string;
  colour: string;
  /** Language of the label when it is quoted verbatim in another language. */
  lang?: Lang;
}

/** The table that holds exactly the numbers a chart draws. */
export interface ChartTable {
  caption: string;
  /** Column headers; the first is the row header column. */
  head: string[];
  rows: { header: string; cells: string[] }[];
  /** The totals row, if any. */
  total?: { header: string; cells: string[] };
}

/** A build-time chart with everything around it: titles, units, legend, alternatives and source. */
export interface ChartView {
  id: string;
  title: string;
  subtitle: string;
  notes: string[];
  unit: string;
  /** Text alternative summarising what the chart shows. */
  alt: string;
  /** The chart drawn for wide screens and for narrow (phone) screens, as SVG markup. */
  svgWide: string;
  svgNarrow: string;
  legend: LegendItem[];
  table: ChartTable;
  /** The source line, with the dataset page linked, and the dataset's downloads. */
  source: { parts: UiPart[]; downloads: { href: string; label: string }[] };
}

/** Chart widths, in CSS pixels, for phones and for wider screens. */
export const chartWidths = { narrow: 324, wide: 560 } as const;
