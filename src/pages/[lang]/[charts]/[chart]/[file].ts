// A chart's downloads: its data as CSV and its image as SVG and PNG, in the page's language.
import type { APIRoute, GetStaticPaths } from "astro";
import { chartFile } from "../../../../site/charts/chartFile.ts";
import { type ChartPageProps, chartPagePaths } from "../../../../site/charts/chartPagePaths.ts";
import { chartViewOf } from "../../../../site/charts/chartViews.ts";
import { type ChartFileType, chartFileName, chartFileTypes } from "../../../../site/filePaths.ts";
import { getSiteData } from "../../../../site/getSiteData.ts";

export const getStaticPaths = (() =>
  chartPagePaths().flatMap(({ params, props }) =>
    chartFileTypes.map((type) => ({
      params: { ...params, file: chartFileName(props.id, type) },
      props: { ...props, type },
    })),
  )) satisfies GetStaticPaths;

type Props = ChartPageProps & { type: ChartFileType };

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const file = await chartFile(chartViewOf(await getSiteData(), props.id, props.lang, site), props.type);
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": file.mediaType } });
};
