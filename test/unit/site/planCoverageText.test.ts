import { beforeAll, describe, expect, it } from "vitest";
import type { Lang } from "../../../src/lib/model.ts";
import { planCoverageText } from "../../../src/site/commitmentFacetViews.ts";
import type { SiteData } from "../../../src/site/siteData.ts";
import { fixtureSiteData } from "../../helpers/fixtureSiteData.ts";

// The coverage line under each plan says how many of its records are placeholders, in the right
// number: "1 of them is a placeholder", "2 of them are placeholders".

let data: SiteData;
beforeAll(async () => {
  data = await fixtureSiteData();
}, 60_000);

/** The fixture with the first `n` commitments of one plan made placeholders (a new object: not cached). */
function withPlaceholders(n: number): { site: SiteData; plan: string } {
  const commitments = data.datasets.commitments;
  const plan = commitments[0]?.action_plan;
  if (!plan) throw new Error("the fixture has no commitment");
  let left = n;
  const changed = commitments.map((c) => {
    if (c.action_plan !== plan) return c;
    const placeholder = left-- > 0;
    return {
      ...c,
      title_source: placeholder ? "descriptive" : c.title_source === "descriptive" ? "irm" : c.title_source,
    };
  });
  return { site: { ...data, datasets: { ...data.datasets, commitments: changed } } as SiteData, plan };
}

describe("plan coverage text", () => {
  it.each([
    ["en", 1, "1 of them is a placeholder:"],
    ["id", 1, "1 di antaranya hanya penanda:"],
    ["en", 2, "2 of them are placeholders:"],
    ["id", 2, "2 di antaranya hanya penanda:"],
  ] as const)("in %s with %i placeholder(s)", (lang: Lang, n, expected) => {
    const { site, plan } = withPlaceholders(n);
    expect(planCoverageText(site, lang, plan)).toContain(expected);
  });
});
