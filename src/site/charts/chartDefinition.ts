import type { ChartTextKey, TextPart } from "../../i18n/chartText.ts";
import type { DataTable } from "../../lib/charts/dataTable.ts";
import type { Lang } from "../../lib/model.ts";
import type { SiteData } from "../siteData.ts";

/** The dashboard's questions, in the order it asks them; each chart answers one. */
export const chartSections = [
  "how-much",
  "with-whom",
  "where",
  "on-what",
  "who",
  "money",
  "open-government",
] as const;

/** One of the dashboard's questions. */
export type ChartSection = (typeof chartSections)[number];

/** One entry of a chart's legend. */
export interface LegendItem {
  label: string;
  colour: string;
  /** Language of the label when it is quoted verbatim in another language. */
  lang?: Lang;
  /** How the swatch is drawn: a filled square (default) or an outlined, lighter one (approximations). */
  style?: "fill" | "outline";
}

/** What a chart computes from the data in one language: everything drawn and said about it. */
export interface ChartContent<R> {
  /** Values for `{name}` placeholders of the subtitle. */
  subtitleVars?: Readonly<Record<string, string>>;
  /** Notes on gaps and conventions, shown under the subtitle. */
  notes: readonly string[];
  /** What the figure covers, e.g. "participants known for 16 of 28 activities", linking to the rows. */
  coverage: readonly TextPart[];
  /** The text alternative: what the chart shows, in a sentence or two. */
  alt: string;
  legend: readonly LegendItem[];
  /** Exactly the data drawn, for the table view and the CSV download. */
  table: DataTable<R>;
  /** Draws the chart at a width (CSS pixels) into a server-side document; returns SVG markup. */
  render(width: number, document: Document): string;
}

/** One chart of the registry: the dashboard, chart pages, embeds and downloads all come from these. */
export interface ChartDefinition<R = unknown> {
  /** Stable slug: the anchor on the dashboard, the chart page's path and the downloads' file names. */
  id: string;
  section: ChartSection;
  title: ChartTextKey;
  subtitle: ChartTextKey;
  /** The unit of the values drawn. */
  unit: ChartTextKey;
  /** The datasets the chart reads, named in its source line. */
  datasets: readonly string[];
  /** Credits for reference data the chart draws on (map outlines, region classification). */
  credits?: readonly ChartTextKey[];
  /** Whether the chart spans the dashboard's full width on wide screens (maps). */
  fullWidth?: boolean;
  /** Whether one drawing serves every screen width (maps scale well; bar charts are drawn twice). */
  scalable?: boolean;
  /** Computes the chart from the validated data in a language. */
  build(data: SiteData, lang: Lang): ChartContent<R>;
}

/** Keeps a chart definition's row type inside it, so the registry can list charts of any row type. */
export function defineChart<R>(definition: ChartDefinition<R>): ChartDefinition {
  return definition as unknown as ChartDefinition;
}
