import { beforeAll, describe, expect, it } from "vitest";
import { entityChartSvgs } from "../../../src/site/entities/entityChartSvgs.ts";
import { entityDefinitions } from "../../../src/site/entities/entityDefinitions.ts";
import { entityView } from "../../../src/site/entities/entityView.ts";
import { pageKeys } from "../../../src/site/pageKeys.ts";
import { langs } from "../../../src/site/routes.ts";
import type { SiteData } from "../../../src/site/siteData.ts";
import { fixtureSiteData } from "../../helpers/fixtureSiteData.ts";

// The entity pages' charts made beforehand (on the build's worker thread) are the charts each page
// would make itself, for every entity and organisation page in both languages.

let data: SiteData;
let svgs: Map<string, string>;
beforeAll(async () => {
  data = await fixtureSiteData();
  svgs = entityChartSvgs(data);
}, 60_000);

const entityPages = () =>
  pageKeys(data).flatMap((page) =>
    page.kind in entityDefinitions && "id" in page
      ? [{ kind: page.kind as keyof typeof entityDefinitions, id: page.id }]
      : [],
  );

describe("entityChartSvgs", () => {
  it("holds every entity page's chart, byte for byte what the page makes itself", () => {
    let charts = 0;
    for (const { kind, id } of entityPages())
      for (const lang of langs) {
        const own = entityView(data, kind, id, lang);
        const given = entityView(data, kind, id, lang, svgs);
        expect(given).toEqual(own);
        if (own.chart) charts += 1;
      }
    // The fixture has pages with charts, in both languages, and pages alike share one.
    expect(charts).toBeGreaterThan(2);
    expect(svgs.size).toBeGreaterThan(1);
    expect(svgs.size).toBeLessThanOrEqual(charts);
  });

  it("is what the pages show: every page with a chart takes it from the map", () => {
    const marked = new Map([...svgs].map(([key]) => [key, `<svg data-key="${key}"></svg>`]));
    let charts = 0;
    for (const { kind, id } of entityPages())
      for (const lang of langs) {
        const view = entityView(data, kind, id, lang, marked);
        if (!view.chart) continue;
        expect(view.chart.svg).toMatch(new RegExp(`^<svg data-key="${lang} `));
        charts += 1;
      }
    expect(charts).toBeGreaterThan(2);
  });
});
