import { chartText, chartTextParts, type TextPart } from "../../i18n/chartText.ts";
import { t } from "../../i18n/t.ts";
import { chartCitation } from "../../lib/charts/chartCitation.ts";
import { resolveTable, type TableView } from "../../lib/charts/dataTable.ts";
import { svgSize } from "../../lib/charts/svgSize.ts";
import { formatNumber } from "../../lib/format/formatNumber.ts";
import { formatPartialDate } from "../../lib/format/formatPartialDate.ts";
import type { Lang } from "../../lib/model.ts";
import { datasetTitle } from "../datasetContext.ts";
import {
  type ChartFileType,
  chartAnchorPath,
  chartFileName,
  chartFilePath,
  chartFileTypes,
} from "../filePaths.ts";
import { siteLicence } from "../layoutView.ts";
import { pathOf } from "../routes.ts";
import { serverDocument } from "../serverDocument.ts";
import type { SiteData } from "../siteData.ts";
import { absoluteUrl } from "../siteUrl.ts";
import type { ChartDefinition, ChartSection, LegendItem } from "./chartDefinition.ts";

/** Chart widths in CSS pixels: phones, wider screens, and maps (one drawing that scales). */
export const chartWidths = { narrow: 324, wide: 560, full: 960 } as const;

/** A chart with everything around it, as every page and download shows it. */
export interface ChartView {
  id: string;
  section: ChartSection;
  fullWidth: boolean;
  lang: Lang;
  title: string;
  subtitle: string;
  unit: string;
  notes: readonly string[];
  coverage: readonly TextPart[];
  alt: string;
  legend: readonly LegendItem[];
  /** The chart for wide screens; also used for the SVG and PNG downloads. */
  svgWide: string;
  /** The chart for phones, or undefined when the wide drawing scales to every width. */
  svgNarrow: string | undefined;
  table: TableView;
  /** The source line: the datasets, their pages, and credits for reference data. */
  source: readonly TextPart[];
  /** The source line as plain text, for the downloaded image. */
  sourceText: string;
  licence: { name: string; href: string };
  links: {
    page: string;
    embed: string;
    dashboard: string;
    files: readonly { type: ChartFileType; href: string; fileName: string }[];
  };
  /** The chart page's absolute URL, the citation and the embed code. */
  url: string;
  citation: string;
  embedCode: string;
  version: string;
  /** When the site was built, formatted in the page's language. */
  builtOn: string;
}

// The host page's half of the resizing: the embedded page posts its height (src/client/embedResize.ts)
// and this sets it on the iframe that sent it. Plain ES5, no dependency, safe to paste twice.
const resizeScript =
  '<script>window.addEventListener("message",function(e){var h=e.data&&e.data.ksstEmbedHeight;' +
  'if(typeof h!=="number"||!(h>0))return;var f=document.querySelectorAll("iframe[data-ksst-embed]");' +
  'for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(h)+"px"})</script>';

/** Writes the embed code: the iframe (sized for the chart until it reports its height) and the resizing script. */
function embedCode(src: string, title: string, height: number): string {
  return (
    `<iframe src="${src}" title="${title.replaceAll("&", "&amp;").replaceAll('"', "&quot;")}" width="100%" ` +
    `height="${height}" style="border:0" loading="lazy" data-ksst-embed></iframe>\n${resizeScript}`
  );
}

/** Joins text parts into plain text. */
function plain(parts: readonly TextPart[]): string {
  return parts.map((p) => p.text).join("");
}

/** Builds the source line of a chart: each dataset it reads, linked to its page, and any credits. */
function sourceParts(data: SiteData, definition: ChartDefinition, lang: Lang): TextPart[] {
  const datasets: TextPart[] = definition.datasets.flatMap((name, i) => [
    ...(i > 0 ? [{ text: ", " }] : []),
    { text: datasetTitle(data, name, lang), href: pathOf({ kind: "dataset", id: name }, lang) },
  ]);
  const parts = chartTextParts(lang, "chart.source", { datasets });
  for (const credit of definition.credits ?? []) parts.push({ text: ` ${chartText(lang, credit)}` });
  return parts;
}

/** Builds a chart's view in a language from its definition: drawings, table, links, citation. */
export function chartView(
  data: SiteData,
  definition: ChartDefinition,
  lang: Lang,
  site: URL | undefined,
): ChartView {
  const content = definition.build(data, lang);
  const title = chartText(lang, definition.title);
  const absolute = (path: string) => absoluteUrl(path, site);
  const svgWide = content.render(
    definition.fullWidth ? chartWidths.full : chartWidths.wide,
    serverDocument(),
  );
  const svgNarrow = definition.scalable ? undefined : content.render(chartWidths.narrow, serverDocument());
  const source = sourceParts(data, definition, lang);
  const page = pathOf({ kind: "chart", id: definition.id }, lang);
  const embed = pathOf({ kind: "chartEmbed", id: definition.id }, lang);
  const url = absolute(page);
  const embedUrl = absolute(embed);
  const licence = siteLicence(data, lang);
  // The embedded page holds the title, legend, chart, notes and source; leave room for them.
  const embedHeight = Math.ceil(svgSize(svgWide).height + 330);
  return {
    id: definition.id,
    section: definition.section,
    fullWidth: definition.fullWidth === true,
    lang,
    title,
    subtitle: chartText(lang, definition.subtitle, content.subtitleVars),
    unit: chartText(lang, "chart.units", { unit: chartText(lang, definition.unit) }),
    notes: content.notes,
    coverage: content.coverage,
    alt: content.alt,
    legend: content.legend,
    svgWide,
    svgNarrow,
    table: resolveTable(content.table, (n) => formatNumber(n, lang)),
    source,
    sourceText: `${plain(source)} KSST Terbuka · ${licence.name} · ${url}`,
    licence: { name: licence.name, href: licence.href },
    links: {
      page,
      embed,
      dashboard: chartAnchorPath(definition.id, lang),
      files: chartFileTypes.map((type) => ({
        type,
        href: chartFilePath(definition.id, type, lang),
        fileName: chartFileName(definition.id, type),
      })),
    },
    url,
    citation: chartCitation(
      { publisher: t(lang, "site.name"), title, version: data.version, date: data.builtOn, url },
      lang,
    ),
    embedCode: embedCode(embedUrl, title, embedHeight),
    version: data.version,
    builtOn: formatPartialDate(data.builtOn, lang),
  };
}
