import { beforeAll, describe, expect, it } from "vitest";
import {
  type EntityYear,
  entityChartIn,
  entityChartSvg,
  entityChartSvgs,
} from "../../../src/site/entities/entityChartSvgs.ts";
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

  it("makes an entity's figures (years, cited sources) once for both languages", () => {
    // The site's data with its activities looked up through a counter (the sources cited are counted
    // from every activity of the entity).
    let lookups = 0;
    const activities = new Map(data.index.activities);
    const get = activities.get.bind(activities);
    activities.get = (id) => {
      lookups += 1;
      return get(id);
    };
    const counted = { ...data, index: { ...data.index, activities } } as SiteData;
    const countries = entityPages().filter((p) => p.kind === "country");
    expect(countries.length).toBeGreaterThan(0);
    for (const { kind, id } of countries) {
      const before = lookups;
      const first = entityView(counted, kind, id, "id");
      const once = lookups - before;
      const second = entityView(counted, kind, id, "en");
      // The other language's page looks up no activity again, and shows the same figures.
      expect(once, id).toBeGreaterThan(0);
      expect(lookups - before - once, id).toBe(0);
      expect(second.sources.map((s) => s.id)).toEqual(first.sources.map((s) => s.id));
      expect(second.moreSources).toBe(first.moreSources);
      expect(second.chart?.rows).toEqual(entityView(data, kind, id, "en").chart?.rows);
    }
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

  it("makes a chart in the other language from the first one's, byte for byte the chart drawn in it", () => {
    // Counts from a seeded generator: small ones, and some of a thousand or more, which the two
    // languages write differently ("1.000", "1,000"), so those charts are drawn in each language.
    let seed = 12;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    let made = 0;
    let drawn = 0;
    for (let chart = 0; chart < 40; chart += 1) {
      const scale = chart % 5 === 4 ? 3000 : chart % 2 === 0 ? 60 : 9;
      const first = 1995 + Math.floor(random() * 20);
      const years: EntityYear[] = Array.from({ length: 2 + Math.floor(random() * 25) }, (_, i) => ({
        year: String(first + i),
        count: Math.floor(random() * scale),
      }));
      for (const [from, to] of [
        ["id", "en"],
        ["en", "id"],
      ] as const) {
        const svg = entityChartIn(entityChartSvg(years, from), years, from, to);
        if (svg === undefined) drawn += 1;
        else {
          expect(svg).toBe(entityChartSvg(years, to));
          made += 1;
        }
      }
      if (years.some((y) => y.count >= 1000))
        expect(entityChartIn(entityChartSvg(years, "id"), years, "id", "en")).toBeUndefined();
    }
    expect(made).toBeGreaterThan(40);
    expect(drawn).toBeGreaterThan(4);
  });
});
