import type { Lang } from "../model.ts";

/** One stacked segment: its category on the band axis, its series and its value. */
export interface StackedDatum {
  /** The category: the drawn row's key (`data-row`). */
  category: string;
  /** The series: the drawn column's key (`data-col`). */
  series: string;
  value: number;
  /** The tooltip of the segment, in the page's language. */
  tip?: string;
}

/** The column key under which a stacked chart's totals are tagged and tabled. */
export const totalKey = "total";

/** A series drawn in a chart, with its legend label and colour. */
export interface ChartSeries {
  key: string;
  label: string;
  colour: string;
}

/** What every chart function needs besides its data. */
export interface ChartContext {
  lang: Lang;
  /** The DOM document Plot renders into (linkedom's on the server). */
  document: Document;
  /** Width in CSS pixels; the SVG scales down but never up. */
  width: number;
  /** Short text alternative for the whole chart, put in the SVG's `aria-label`. */
  ariaLabel: string;
  /** The page a drawn row links to (a country's, a province's, an amount's source), if any. */
  hrefOf?: (row: string) => string | undefined;
}
