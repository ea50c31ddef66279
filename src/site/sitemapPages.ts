import type { Lang } from "../lib/model.ts";
import { chartRegistry } from "./charts/chartRegistry.ts";
import { pageKeys } from "./pageKeys.ts";
import { perLang } from "./perLang.ts";
import { type PageKey, pathOf } from "./routes.ts";
import type { SiteData } from "./siteData.ts";

/**
 * Lists every HTML page a search engine should know, each with its path in both languages: the
 * route table's pages, the chart list and chart pages, the releases and each release (not the
 * embed pages, which say noindex).
 */
export function sitemapPages(data: SiteData, releaseVersions: readonly string[]): Record<Lang, string>[] {
  const keys: PageKey[] = [
    ...pageKeys(data),
    { kind: "charts" },
    ...chartRegistry.map((chart) => ({ kind: "chart" as const, id: chart.id })),
    { kind: "releases" },
    ...releaseVersions.map((version) => ({ kind: "release" as const, version })),
  ];
  return keys.map((key) => perLang((lang) => pathOf(key, lang)));
}
