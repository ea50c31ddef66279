import { beforeAll, describe, expect, it } from "vitest";
import type { Lang } from "../../../src/lib/model.ts";
import { activityRows, activityView } from "../../../src/site/activityViews.ts";
import { commitmentView } from "../../../src/site/commitmentViews.ts";
import { claimViews } from "../../../src/site/dashboardView.ts";
import { organisationRows, organisationView } from "../../../src/site/organisationViews.ts";
import type { SiteData } from "../../../src/site/siteData.ts";
import { sourceViews } from "../../../src/site/sourceViews.ts";
import { fixtureSiteData } from "../../helpers/fixtureSiteData.ts";

// The view models the pages render, built from the site fixture (test/fixtures/site, never the live
// data/): what each page shows in each language, without a build or a browser.

let data: SiteData;
beforeAll(async () => {
  data = await fixtureSiteData();
}, 120_000);

describe.each(["id", "en"] as const)("view models in %s", (lang: Lang) => {
  const other: Lang = lang === "id" ? "en" : "id";

  it("an activity page is titled in the page's language, the other title beside it, every field listed", () => {
    const activity = data.index.activities.get("ksst-0001");
    const view = activityView(data, lang, "ksst-0001");
    expect(view.title).toBe(activity?.[`title_${lang}`]);
    expect(view.otherTitle).toBe(activity?.[`title_${other}`]);
    const schemaFields = Object.keys(data.siteDatasets.get("activities")?.schema.properties ?? {});
    expect(view.fields.map((f) => f.name)).toEqual(schemaFields);
    expect(view.sources.map((s) => s.id)).toEqual(["antara-en-109943", "antara-id-618404"]);
    expect(view.sources.every((s) => s.url?.includes("antaranews.com"))).toBe(true);
  });

  it("the activities table lists every activity once, newest first, undated last", () => {
    const rows = activityRows(data, lang, data.datasets.activities);
    expect(new Set(rows.map((r) => r.id)).size).toBe(data.datasets.activities.length);
    const starts = rows.map((r) => data.index.activities.get(r.id)?.start_date);
    const dated = starts.filter((s): s is string => s !== undefined);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(starts.slice(dated.length).every((s) => s === undefined)).toBe(true);
  });

  it("an organisation page names it in the page's language and links its activities", () => {
    const org = data.index.organisations.get("kemlu-dit-kst");
    const view = organisationView(data, lang, "kemlu-dit-kst");
    expect(view.name).toContain(org?.[`name_${lang}`]);
    expect(view.activities.length).toBeGreaterThan(0);
    expect(view.activities.every((a) => a.href?.startsWith(`/${lang}/`))).toBe(true);
    expect(organisationRows(data, lang)).toHaveLength(data.datasets.organisations.length);
  });

  it("a commitment page says where a descriptive title comes from, and only then", () => {
    const placeholder = commitmentView(data, lang, "ID0129");
    expect(placeholder.titleNote).toBeDefined();
    const titled = commitmentView(data, lang, "ID0121");
    expect(titled.plan.href).toMatch(new RegExp(`^/${lang}/`));
    expect(titled.sources.length).toBeGreaterThan(0);
    if (lang === "en") expect(titled.titleNote).toBeUndefined();
  });

  it("every claim is in the page's language and cites a source that exists", () => {
    const claims = claimViews(data, lang);
    expect(claims).toHaveLength(data.datasets.statements.length);
    for (const claim of claims) {
      const statement = data.index.statements.get(claim.id);
      expect(claim.claim).toBe(statement?.[`claim_${lang}`]);
      expect(claim.sources.length).toBeGreaterThan(0);
    }
  });

  it("a source list drops unknown ids and repeats none", () => {
    const views = sourceViews(data, ["antara-en-109943", "antara-en-109943", "no-such-source"], lang);
    expect(views.map((v) => v.id)).toEqual(["antara-en-109943"]);
  });
});
