// A chart's downloads: its data as CSV and its image as SVG and PNG, in the page's language.
import type { APIRoute, GetStaticPaths } from "astro";
import type { Lang } from "../../../../lib/model.ts";
import { chartFile } from "../../../../site/charts/chartFile.ts";
import { chartRegistry } from "../../../../site/charts/chartRegistry.ts";
import {
  type ChartFileType,
  chartFileName,
  chartFileTypes,
  chartSegments,
} from "../../../../site/charts/chartRoutes.ts";
import { chartViewOf } from "../../../../site/charts/chartViews.ts";
import { getSiteData } from "../../../../site/data.ts";
import { langs } from "../../../../site/routes.ts";

export const getStaticPaths = (() =>
  langs.flatMap((lang) =>
    chartRegistry.flatMap((c) =>
      chartFileTypes.map((type) => ({
        params: { lang, charts: chartSegments[lang], chart: c.id, file: chartFileName(c.id, type) },
        props: { lang, id: c.id, type },
      })),
    ),
  )) satisfies GetStaticPaths;

interface Props {
  lang: Lang;
  id: string;
  type: ChartFileType;
}

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const file = chartFile(chartViewOf(await getSiteData(), props.id, props.lang, site), props.type);
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": file.mediaType } });
};
