import type { Lang } from "../../lib/model.ts";
import { langs, pathSegments } from "../routes.ts";
import { chartRegistry } from "./chartRegistry.ts";

// Type aliases, not interfaces: Astro's GetStaticPaths wants props with an implicit index signature.

/** What a chart's page is built from: the language and the chart's id. */
export type ChartPageProps = { lang: Lang; id: string };

/** The route parameters and props of one chart's page in one language. */
export type ChartPagePath = { params: { lang: Lang; charts: string; chart: string }; props: ChartPageProps };

/** Lists the static paths of the chart pages (permalink, embed, downloads): every chart in every language. */
export function chartPagePaths(): ChartPagePath[] {
  return langs.flatMap((lang) =>
    chartRegistry.map(({ id }) => {
      const [charts = "", chart = ""] = pathSegments({ kind: "chart", id }, lang);
      return { params: { lang, charts, chart }, props: { lang, id } };
    }),
  );
}
