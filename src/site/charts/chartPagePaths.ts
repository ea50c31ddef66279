import type { Lang } from "../../lib/model.ts";
import { langs } from "../routes.ts";
import { chartRegistry } from "./chartRegistry.ts";
import { chartSegments } from "./chartRoutes.ts";

// Type aliases, not interfaces: Astro's GetStaticPaths wants props with an implicit index signature.

/** What a chart's page is built from: the language and the chart's id. */
export type ChartPageProps = { lang: Lang; id: string };

/** The route parameters and props of one chart's page in one language. */
export type ChartPagePath = { params: { lang: Lang; charts: string; chart: string }; props: ChartPageProps };

/** Lists the static paths of the chart pages (permalink, embed, downloads): every chart in every language. */
export function chartPagePaths(): ChartPagePath[] {
  return langs.flatMap((lang) =>
    chartRegistry.map((c) => ({
      params: { lang, charts: chartSegments[lang], chart: c.id },
      props: { lang, id: c.id },
    })),
  );
}
