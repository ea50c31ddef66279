import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionPlan, Commitment } from "../../src/lib/model.ts";
import { readFixtureCsv, readFixtureJson } from "../helpers/siteFixture.ts";
import { openSitePage, type SiteSession } from "./browser.ts";

// The bilingual codelist of OGP and IRM terms the pages label verbatim values with.
const ogpTerms = (
  JSON.parse(readFileSync("schemas/codelists/ogp-terms.json", "utf8")) as {
    codes: Record<string, { en: string; id?: string }>;
  }
).codes;

// What the pages must show, read from the fixture the site was built from.
const commitments = readFixtureJson<Commitment[]>("commitments.json");
const plans = readFixtureJson<ActionPlan[]>("action-plans.json");
const sourceUrls = new Map(
  readFixtureCsv("sources.csv").map((row) => [row.id ?? "", row.url || undefined] as const),
);
const withArea = (area: string) => commitments.filter((c) => c.policy_areas?.includes(area)).map((c) => c.id);
const byId = (id: string) => {
  const c = commitments.find((x) => x.id === id);
  if (!c) throw new Error(`${id} is not in the fixture's commitments.json`);
  return c;
};

let site: SiteSession;
let page: Page;

beforeAll(async () => {
  ({ site, page } = await openSitePage());
});
afterAll(() => site?.close());

/** The OGP ids of the commitment rows the page shows (not hidden). */
async function shownIds(p: Page): Promise<string[]> {
  return p
    .locator("tr[data-facets]:visible td.code-cell")
    .evaluateAll((cells) => cells.map((c) => c.textContent?.trim() ?? ""));
}

/** Fails with the list of serious or critical axe violations on the current page. */
async function expectNoSeriousAxe(p: Page) {
  const { violations } = await new AxeBuilder({ page: p }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

describe("the commitments list", () => {
  it("filters without JavaScript through links to static pages with counts", async () => {
    const context = await site.context({ javaScript: false, width: 390 });
    const noJs = await context.newPage();
    await noJs.goto(`${site.url}/id/komitmen/`);
    expect(await shownIds(noJs)).toHaveLength(commitments.length);
    // The in-page form needs JavaScript, so it stays hidden without it.
    expect(await noJs.locator("form[data-facet-form]").isVisible()).toBe(false);

    const expected = withArea("Open Data");
    const link = noJs.locator('a[href="/id/komitmen/bidang/open-data/"]');
    const item = noJs.locator(".facet-links li").filter({ has: link });
    expect(await item.textContent()).toContain(`(${expected.length})`);
    // Policy areas are many, so their links are folded; a summary opens them without JavaScript.
    await noJs.locator(".facet-links__group", { hasText: "Bidang kebijakan" }).locator("summary").click();
    await link.click();
    await noJs.waitForURL(`${site.url}/id/komitmen/bidang/open-data/`);
    expect((await noJs.locator("h1").textContent())?.trim()).toBe("Open Data");
    expect((await shownIds(noJs)).sort()).toEqual([...expected].sort());
    expect(await noJs.locator('.facet-links a[aria-current="page"]').count()).toBe(1);
    await context.close();
  });

  it.each([
    ["plan", "/en/commitments/plan/2020-2022/", "2020-2022"],
    ["institution", "/en/commitments/institution/kpu/", "kpu"],
    ["ambition", "/en/commitments/ambition/high/", "High"],
  ] as const)("has a static page per %s with exactly its commitments", async (facet, path, value) => {
    const response = await page.goto(`${site.url}${path}`);
    expect(response?.status()).toBe(200);
    const expected = commitments
      .filter((c) =>
        facet === "plan"
          ? c.action_plan === value
          : facet === "institution"
            ? (c.lead_orgs ?? []).includes(value)
            : c.irm?.ambition === value,
      )
      .map((c) => c.id);
    expect((await shownIds(page)).sort()).toEqual([...expected].sort());
  });

  it("filters the full list in place with JavaScript", async () => {
    await page.goto(`${site.url}/en/commitments/`);
    const form = page.locator("form[data-facet-form]");
    expect(await form.isVisible()).toBe(true);
    const status = form.locator("[data-facet-status]");

    await form.locator('select[name="area"]').selectOption("area:open-data");
    const openData = withArea("Open Data");
    expect((await shownIds(page)).sort()).toEqual([...openData].sort());
    expect(await status.textContent()).toBe(
      `Showing ${openData.length} of ${commitments.length} commitments.`,
    );

    await form.locator('select[name="ambition"]').selectOption("ambition:high");
    const both = commitments
      .filter((c) => c.policy_areas?.includes("Open Data") && c.irm?.ambition === "High")
      .map((c) => c.id);
    expect(both.length).toBeGreaterThan(0);
    expect((await shownIds(page)).sort()).toEqual([...both].sort());
    // A plan with no matching commitment is hidden as a whole.
    expect(await page.locator("section[data-plan-group]:visible").count()).toBe(
      new Set(both.map((id) => byId(id).action_plan)).size,
    );

    // The plans' figures describe whole plans, so they step aside while the list is filtered.
    expect(await page.locator("[data-plan-summary]:visible").count()).toBe(0);

    await form.locator('button[type="reset"]').click();
    await expect.poll(() => shownIds(page).then((ids) => ids.length)).toBe(commitments.length);
    expect(await page.locator("[data-plan-summary]:visible").count()).toBe(plans.length);
  });

  it("keeps the IRM's plan figures apart from the figures computed from the records", async () => {
    for (const plan of plans) {
      await page.goto(`${site.url}/en/commitments/plan/${plan.id}/`);
      const published = page.locator(".plan-summary__box--published");
      for (const figure of plan.figures)
        expect(await published.textContent()).toContain(`${figure.value} ${figure.label.en}`);
      const sources = await published
        .locator("a")
        .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      for (const figure of plan.figures) expect(sources).toContain(sourceUrls.get(figure.source_id));
      const records = commitments.filter((c) => c.action_plan === plan.id).length;
      const computed = page.locator(".plan-summary__box--computed h3");
      expect(await computed.textContent()).toBe(
        records === 1
          ? "Computed by KSST Terbuka from 1 record"
          : `Computed by KSST Terbuka from ${records} records`,
      );
    }
  });
});

describe.each([
  ["id", "ID0121"],
  ["en", "ID0121"],
  ["id", "ID0109"],
  ["en", "ID0109"],
] as const)("the %s page of commitment %s", (lang, id) => {
  const c = byId(id);
  const path = lang === "id" ? `/id/komitmen/${id}/` : `/en/commitments/${id}/`;
  const other = lang === "id" ? `/en/commitments/${id}/` : `/id/komitmen/${id}/`;
  const notFound = lang === "id" ? "Tidak ditemukan" : "Not found";

  beforeAll(async () => {
    const response = await page.goto(`${site.url}${path}`);
    expect(response?.status()).toBe(200);
  });

  it("shows every IRM field exactly as in commitments.json, or not found", async () => {
    const irm = (c.irm ?? {}) as unknown as Record<string, string | string[] | undefined>;
    for (const name of [
      "verifiable",
      "relevant",
      "relevant_values",
      "ambition",
      "potential_impact",
      "completion",
      "early_results",
      "starred",
    ]) {
      const value = irm[name];
      const dd = page.locator(`[data-irm-field="${name}"] dd`);
      // The value verbatim; on Indonesian pages the OGP terms codelist's label follows in brackets.
      const shown = await dd.evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        for (const gloss of copy.querySelectorAll(".gloss")) gloss.remove();
        return copy.textContent;
      });
      const expected = value === undefined ? notFound : Array.isArray(value) ? value.join(", ") : value;
      expect(shown?.trim(), name).toBe(expected);
      const glosses = await dd.locator(".gloss").allTextContents();
      const terms = Array.isArray(value) ? value : value === undefined ? [] : [value];
      const labels = terms.flatMap((v) => {
        const label = ogpTerms[v]?.id;
        return label === undefined || label === v ? [] : [`(${label})`];
      });
      expect(
        glosses.map((g) => g.trim()),
        name,
      ).toEqual(lang === "id" ? labels : []);
    }
  });

  it("says honestly that the government's self-assessment was not found", async () => {
    expect(c.self_assessment).toBeUndefined();
    expect(await page.locator('[data-self-assessment="not-found"]').textContent()).toContain(notFound);
  });

  it("links every source that has an address", async () => {
    const hrefs = await page
      .locator("section.sources a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    const expected = [...new Set([...c.source_ids, ...(c.irm?.source_ids ?? [])])]
      .map((s) => sourceUrls.get(s))
      .filter((u): u is string => u !== undefined);
    expect(expected.length).toBeGreaterThan(0);
    for (const url of expected) expect(hrefs).toContain(url);
  });

  it("lists its milestones as the source words them, with KSST Terbuka's translation beside a quoted one", async () => {
    const rows = await page.locator(".milestone-table tbody th").evaluateAll((cells) =>
      cells.map((cell) => ({
        title: cell.querySelector("span")?.textContent?.trim(),
        lang: cell.querySelector("span")?.getAttribute("lang") ?? undefined,
        translation: cell.querySelector(".title-translation")?.textContent?.trim(),
      })),
    );
    const milestones = c.milestones ?? [];
    expect(rows).toHaveLength(milestones.length);
    const translated = lang === "id" ? "Terjemahan KSST Terbuka" : "Translated by KSST Terbuka";
    for (const m of milestones) {
      const quoted = m.title[lang] === undefined;
      expect(rows).toContainEqual({
        title: m.title[lang] ?? m.title.en,
        lang: quoted ? "en" : undefined,
        translation:
          quoted && m.title_translated?.[lang] ? `${translated}: ${m.title_translated[lang]}` : undefined,
      });
    }
  });

  it("has a report-a-problem link that leads to how to report", async () => {
    const link = page.locator("a.report-problem__link");
    const href = await link.getAttribute("href");
    expect(href).toBe(lang === "id" ? "/id/data/commitments/#report" : "/en/data/commitments/#report");
    const response = await page.request.get(new URL(href ?? "", site.url).toString());
    expect(await response.text()).toContain('id="report"');
  });

  it("shows the record's history across releases", async () => {
    expect(await page.locator("section.record-history li").count()).toBeGreaterThan(0);
  });

  it("has no serious axe violations, and the language switch keeps the page", async () => {
    await expectNoSeriousAxe(page);
    const switchLink = page.locator(`a[hreflang="${lang === "id" ? "en" : "id"}"]`).first();
    expect(await switchLink.getAttribute("href")).toBe(other);
    await switchLink.click();
    await page.waitForURL(`${site.url}${other}`);
    expect(await page.locator(`[data-irm-field="ambition"] dd`).textContent()).toContain(
      c.irm?.ambition ?? (lang === "id" ? "Not found" : "Tidak ditemukan"),
    );
  });
});

/** A commitment's title as a list row or its page shows it: the text, its language, the translation beside it. */
interface ShownTitle {
  text: string | undefined;
  lang: string | null;
  translation: string | undefined;
}

describe.each([
  ["id", "ID0121"],
  ["id", "ID0129"],
  ["id", "ID0123"],
  ["en", "ID0121"],
  ["en", "ID0129"],
] as const)("on %s pages the title of %s", (lang, id) => {
  const c = byId(id);
  const list = lang === "id" ? "/id/komitmen/" : "/en/commitments/";
  const own = `${list}${id}/`;
  const plan =
    lang === "id" ? `/id/komitmen/rencana/${c.action_plan}/` : `/en/commitments/plan/${c.action_plan}/`;
  const translated = lang === "id" ? "Terjemahan KSST Terbuka" : "Translated by KSST Terbuka";
  const pageLabel = lang === "id" ? "Terjemahan judul oleh KSST Terbuka" : "Title translated by KSST Terbuka";

  /** Reads the title of the commitment's row in a list of commitments. */
  async function rowTitle(path: string): Promise<ShownTitle> {
    await page.goto(`${site.url}${path}`);
    const cell = page.locator("tr[data-facets]", { has: page.locator(`td.code-cell:text-is("${id}")`) });
    const link = cell.locator(".commitment-table__title a");
    const translation = cell.locator(".title-translation");
    return {
      text: (await link.textContent())?.trim(),
      lang: await link.getAttribute("lang"),
      translation: (await translation.count())
        ? (await translation.textContent())?.trim().replace(`${translated}: `, "")
        : undefined,
    };
  }

  it("is the same in the commitments list, on the plan's page and on its own page", async () => {
    await page.goto(`${site.url}${own}`);
    const h1 = page.locator("h1");
    const other = page.locator(".page-header .other-title");
    const shown: ShownTitle = {
      text: (await h1.textContent())?.trim(),
      lang: await h1.getAttribute("lang"),
      translation: (await other.count())
        ? (await other.textContent())?.trim().replace(`${pageLabel}: `, "")
        : undefined,
    };
    // What the fixture says the title is: the source's in the page's language; else the English one
    // quoted with the translation; a descriptive title in the page's language.
    const quoted = c.title[lang] === undefined && c.title_source !== "descriptive";
    expect(shown).toEqual({
      text: c.title[lang] ?? (quoted ? c.title.en : c.title_translated?.[lang]),
      lang: quoted ? "en" : null,
      translation: quoted ? c.title_translated?.[lang] : undefined,
    });
    expect(await rowTitle(list)).toEqual(shown);
    expect(await rowTitle(plan)).toEqual(shown);
  });
});

describe("pages that connect to commitments", () => {
  it.each([
    ["/id/komitmen/", "/en/commitments/"],
    ["/en/commitments/area/open-data/", "/id/komitmen/bidang/open-data/"],
    ["/id/komitmen/rencana/2016-2017/", "/en/commitments/plan/2016-2017/"],
    ["/en/commitments/early-results/not-found/", "/id/komitmen/hasil-awal/not-found/"],
  ])("%s has no serious axe violations and switches language to %s", async (path, other) => {
    const response = await page.goto(`${site.url}${path}`);
    expect(response?.status()).toBe(200);
    await expectNoSeriousAxe(page);
    const lang = path.startsWith("/id/") ? "en" : "id";
    expect(await page.locator(`a[hreflang="${lang}"]`).first().getAttribute("href")).toBe(other);
  });

  it.each([
    "/id/kegiatan/ksst-0001/",
    "/en/activities/ksst-0001/",
    "/id/organisasi/kpu/",
    "/en/organisations/kpu/",
  ])("%s shows its history across releases and a report link", async (path) => {
    await page.goto(`${site.url}${path}`);
    expect(await page.locator("section.record-history li").count()).toBeGreaterThan(0);
    expect(await page.locator("a.report-problem__link").count()).toBe(1);
  });

  it("lists on an organisation page the commitments it leads", async () => {
    await page.goto(`${site.url}/en/organisations/kpu/`);
    const links = await page
      .locator("section[aria-labelledby='commitments'] a")
      .evaluateAll((a) => a.map((x) => x.getAttribute("href")));
    for (const c of commitments.filter((x) => (x.lead_orgs ?? []).includes("kpu")))
      expect(links).toContain(`/en/commitments/${c.id}/`);
  });
});
