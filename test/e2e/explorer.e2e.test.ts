import AxeBuilder from "@axe-core/playwright";
import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import type { Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import worldCountries from "world-countries";
import { readFixtureCsv } from "../helpers/siteFixture.ts";
import { openSitePage, type SiteSession } from "./browser.ts";

// What the explorers must show, computed here from the fixture the site was built from.
const activities = readFixtureCsv("activities.csv");
const finances = readFixtureCsv("finances.csv");
const statements = readFixtureCsv("statements.csv");
const african = new Set(worldCountries.filter((c) => c.region === "Africa").map((c) => c.cca2));
const list = (cell: string | undefined) => (cell ? cell.split(";") : []);
/** Activities newest first, undated last, as the explorer stores them. */
const byStart = (a: Record<string, string>, b: Record<string, string>) =>
  a.start_date && b.start_date
    ? b.start_date.localeCompare(a.start_date) || (a.id ?? "").localeCompare(b.id ?? "")
    : a.start_date
      ? -1
      : b.start_date
        ? 1
        : (a.id ?? "").localeCompare(b.id ?? "");
const africaSince2015 = activities
  .filter((a) => list(a.recipient_countries).some((c) => african.has(c)))
  .filter((a) => Number(a.start_date?.slice(0, 4)) >= 2015)
  .sort(byStart)
  .map((a) => a.id);

let site: SiteSession;
let page: Page;

beforeAll(async () => {
  ({ site, page } = await openSitePage());
});
afterAll(() => site?.close());

/** The record ids of the rows the explorer's table shows. */
async function shownIds(p: Page): Promise<string[]> {
  return p.locator("[data-explorer-rows] .explorer-table__title .code").allTextContents();
}

/** Reads a saved download as text. */
async function downloaded(download: Download): Promise<Buffer> {
  const path = await download.path();
  const { readFileSync } = await import("node:fs");
  return readFileSync(path);
}

/** Fails with every axe violation (any impact) on the current page. */
async function expectNoAxe(p: Page) {
  const { violations } = await new AxeBuilder({ page: p }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

describe("the activities explorer", () => {
  it("filters by region and year with live counts, and the whole state is in a shareable URL", async () => {
    await page.goto(`${site.url}/en/activities/`);
    await page.locator('details[data-facet="region"] > summary').click();
    const africa = page.locator('details[data-facet="region"] input[value="africa"]');
    await africa.waitFor();
    const count = await page
      .locator('details[data-facet="region"] label:has(input[value="africa"]) .explorer__count')
      .textContent();
    const allAfrica = activities.filter((a) =>
      list(a.recipient_countries).some((c) => african.has(c)),
    ).length;
    expect(Number(count)).toBe(allAfrica);
    await africa.check();
    await page.selectOption('select[name="from"]', "2015");
    await expect.poll(() => new URL(page.url()).search).toBe("?region=africa&from=2015");
    await expect.poll(() => shownIds(page)).toEqual(africaSince2015);
    expect(await page.locator("[data-explorer-status]").textContent()).toContain(
      `${africaSince2015.length} activities of ${activities.length} match`,
    );

    // The same URL opened afresh shows the same rows and the same choices.
    const other = await (await site.context({ width: 390 })).newPage();
    await other.goto(page.url());
    await expect.poll(() => shownIds(other)).toEqual(africaSince2015);
    expect(await other.locator("[data-explorer-summary]").textContent()).toContain("2");
    // The language switch keeps the view.
    const switchHref = await other.locator(".lang-switch a[hreflang=id]").getAttribute("href");
    expect(switchHref).toBe("/id/kegiatan/?region=africa&from=2015");
    await other.goto(`${site.url}${switchHref}`);
    await expect.poll(() => shownIds(other)).toEqual(africaSince2015);
    await other.context().close();
  });

  it.each(["/en/activities/?region=africa&from=2015", "/id/kegiatan/?region=africa&from=2015"])(
    "%s passes axe (every impact) at desktop width, with its filters open beside the results",
    async (path) => {
      await page.goto(`${site.url}${path}`);
      await expect.poll(() => shownIds(page)).toEqual(africaSince2015);
      expect(await page.locator("[data-explorer-panel]").getAttribute("open")).not.toBeNull();
      // Its filter form and the header's site search are both search landmarks: each needs its own name.
      await expectNoAxe(page);
    },
  );

  it("downloads exactly the filtered rows, as CSV and XLSX, with names beside codes in the page's language", async () => {
    await page.goto(`${site.url}/id/kegiatan/?region=africa&from=2015`);
    await expect.poll(() => shownIds(page)).toEqual(africaSince2015);
    const [csvDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.click('button[data-download="csv"]'),
    ]);
    const csv = Papa.parse<Record<string, string>>((await downloaded(csvDownload)).toString("utf8"), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.data.map((r) => r.id)).toEqual(africaSince2015);
    // Every published column is there, unchanged, with names beside the codes.
    const published = Object.keys(activities[0] ?? {});
    for (const column of published) expect(csv.meta.fields).toContain(column);
    for (const row of csv.data) {
      const source = activities.find((a) => a.id === row.id);
      for (const column of published)
        expect([row.id, column, row[column]]).toEqual([row.id, column, source?.[column]]);
      expect(list(row.recipient_regions)).toContain("africa");
      expect(row.recipient_regions_name).toContain("Afrika");
      expect(row.recipient_countries_name?.split(";").length).toBe(list(row.recipient_countries).length);
    }
    const [xlsxDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.click('button[data-download="xlsx"]'),
    ]);
    expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
    const sheet = strFromU8(
      unzipSync(new Uint8Array(await downloaded(xlsxDownload)))["xl/worksheets/sheet1.xml"] ??
        new Uint8Array(),
    );
    expect((sheet.match(/<row /g) ?? []).length).toBe(africaSince2015.length + 1);
  });

  it("sorts by a column from its header and pages through long lists", async () => {
    await page.goto(`${site.url}/en/activities/`);
    await page.locator('th[data-sort="participants"] button').click();
    await expect.poll(() => new URL(page.url()).searchParams.get("sort")).toBe("-participants");
    const most = [...activities]
      .filter((a) => a.participants_total)
      .sort((a, b) => Number(b.participants_total) - Number(a.participants_total))[0];
    await expect.poll(async () => (await shownIds(page))[0]).toBe(most?.id);

    await page.goto(`${site.url}/en/claims/?page=2`);
    await expect.poll(() => page.locator("[data-explorer-rows] tr").count()).toBe(statements.length - 50);
    expect(await page.locator("[data-explorer-pages]").textContent()).toContain("Page 2 of 2");
  });

  it("without JavaScript is the full list in pages, with links to the pages of each place and organisation", async () => {
    const context = await site.context({ javaScript: false, width: 390 });
    const noJs = await context.newPage();
    await noJs.goto(`${site.url}/id/kegiatan/`);
    expect(await noJs.locator("[data-explorer-rows] tr").count()).toBe(activities.length);
    expect(await noJs.locator("[data-explorer-panel]").isHidden()).toBe(true);
    const browse = await noJs
      .locator(".explorer__browse a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(browse).toContain("/id/negara-mitra/");
    await noJs.goto(`${site.url}/id/klaim/halaman/2/`);
    expect(await noJs.locator("[data-explorer-rows] tr").count()).toBe(statements.length - 50);
    await context.close();
  });
});

describe("the claims and finances explorers", () => {
  it("filter claims by organisation and year", async () => {
    const expected = statements.filter(
      (s) => s.organisation_id === "kemlu" && Number(s.date?.slice(0, 4)) <= 2015,
    );
    await page.goto(`${site.url}/en/claims/?org=kemlu&to=2015`);
    await expect.poll(() => page.locator("[data-explorer-rows] tr").count()).toBe(expected.length);
  });

  it("filter amounts by organisation: every amount LDKPI channels", async () => {
    const expected = finances.filter((f) => f.channel_org === "ldkpi").map((f) => f.id);
    await page.goto(`${site.url}/id/keuangan/?org=ldkpi`);
    await expect.poll(() => page.locator("[data-explorer-rows] tr").count()).toBe(expected.length);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click('button[data-download="csv"]'),
    ]);
    const rows = Papa.parse<Record<string, string>>((await downloaded(download)).toString("utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => r.id).sort()).toEqual(expected.sort());
    expect(rows.every((r) => r.channel_org_name?.includes("LDKPI"))).toBe(true);
  });
});

// One page of every entity kind, in both languages.
const entities = [
  ["country", "/id/negara-mitra/TL/", "/en/partner-countries/TL/"],
  ["region", "/id/kawasan/africa/", "/en/regions/africa/"],
  ["province", "/id/provinsi/32/", "/en/provinces/32/"],
  ["regency", "/id/provinsi/32.08/", "/en/provinces/32.08/"],
  ["sector", "/id/sektor/31181/", "/en/sectors/31181/"],
  ["sdg", "/id/tpb/2/", "/en/sdgs/2/"],
  ["organisation", "/id/organisasi/ldkpi/", "/en/organisations/ldkpi/"],
  ["activity", "/id/kegiatan/ksst-0001/", "/en/activities/ksst-0001/"],
  ["commitment", "/id/komitmen/ID0121/", "/en/commitments/ID0121/"],
  ["claim", "/id/klaim/stmt-0001/", "/en/claims/stmt-0001/"],
  ["dataset", "/id/data/activities/", "/en/data/activities/"],
] as const;

describe("entity pages", () => {
  it.each(entities)(
    "%s pages say their kind and pass axe in both languages at phone width",
    async (kind, id, en) => {
      const context = await site.context({ width: 390 });
      const p = await context.newPage();
      for (const path of [id, en]) {
        const response = await p.goto(`${site.url}${path}`);
        expect(response?.status()).toBe(200);
        expect(await p.getAttribute("main", "data-page-kind")).toBe(kind);
        expect(await p.locator("h1").count()).toBe(1);
        await expectNoAxe(p);
      }
      await context.close();
    },
  );

  it("a country page lists the activities naming it, links to them in the explorer and downloads just its rows", async () => {
    const timor = activities.filter((a) => list(a.recipient_countries).includes("TL")).sort(byStart);
    await page.goto(`${site.url}/en/partner-countries/TL/`);
    expect(
      await page.locator("section:has(> #rows-activities) .explorer-table__title .code").allTextContents(),
    ).toEqual(timor.map((a) => a.id));
    const href = await page
      .locator("section:has(> #rows-activities) a", { hasText: "explorer" })
      .getAttribute("href");
    expect(href).toBe("/en/activities/?country=TL");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click('section:has(> #rows-activities) button[data-download="csv"]'),
    ]);
    const rows = Papa.parse<Record<string, string>>((await downloaded(download)).toString("utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => r.id)).toEqual(timor.map((a) => a.id));
  });

  it("the LDKPI page shows every amount it reports", async () => {
    const amounts = finances.filter((f) => f.channel_org === "ldkpi");
    await page.goto(`${site.url}/id/organisasi/ldkpi/`);
    expect(await page.locator("section:has(> #rows-finances) [data-explorer-rows] tr").count()).toBe(
      amounts.length,
    );
  });
});

describe("the dashboard on a phone", () => {
  it("answers each question first: one chart per question, the others one tap away on their pages, the claims link near", async () => {
    const context = await site.context({ width: 390, javaScript: false });
    const phone = await context.newPage();
    await phone.goto(`${site.url}/en/`);
    const sections = await phone.locator("section.chart-section").all();
    expect(sections.length).toBeGreaterThanOrEqual(5);
    for (const section of sections) {
      expect(await section.locator(".chart-section__answer").count()).toBe(1);
      expect(await section.locator("figure.chart").count()).toBe(1);
    }
    // The other charts are links to their own pages, not drawn here.
    const more = await phone
      .locator(".chart-more a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(more.length).toBeGreaterThanOrEqual(7);
    for (const href of more) expect(href).toMatch(/^\/en\/charts\/[a-z-]+\/$/);
    expect(await phone.locator("figure.chart").count()).toBe(sections.length);
    // About 24 phone screens when every chart stood open; about 16 with one chart per question.
    expect(await phone.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(18 * 900);
    // Tab stops before "See all … claims" (166 when every chart stood open): press Tab and count.
    let stops = 0;
    for (; stops < 200; stops += 1) {
      await phone.keyboard.press("Tab");
      const href = await phone.evaluate(() => document.activeElement?.getAttribute("href") ?? "");
      if (href.endsWith("/en/claims/")) break;
    }
    expect(stops).toBeLessThan(120);
    await context.close();
  });
});

describe("the commitments filter", () => {
  it("keeps its choices in a shareable URL and shows the results right after the filters on a phone", async () => {
    const context = await site.context({ width: 390 });
    const phone = await context.newPage();
    await phone.goto(`${site.url}/en/commitments/`);
    const form = phone.locator("form[data-facet-form]");
    await form.locator('select[name="area"]').selectOption("area:open-data");
    await expect.poll(() => new URL(phone.url()).search).toBe("?area=open-data");
    const shown = () =>
      phone
        .locator("tr[data-facets]:visible td.code-cell")
        .evaluateAll((cells) => cells.map((c) => c.textContent));
    const filtered = await shown();
    expect(filtered.length).toBeGreaterThan(0);
    // The first result is less than a screen below the filters.
    const formBottom = await form.evaluate((f) => f.getBoundingClientRect().bottom);
    const firstRow = await phone
      .locator("tr[data-facets]:visible")
      .first()
      .evaluate((r) => r.getBoundingClientRect().top);
    expect(firstRow - formBottom).toBeLessThan(900);
    // The link opens the same view, in either language.
    const fresh = await context.newPage();
    await fresh.goto(phone.url());
    expect(await fresh.locator('select[name="area"]').inputValue()).toBe("area:open-data");
    expect(await fresh.locator("tr[data-facets]:visible td.code-cell").count()).toBe(filtered.length);
    expect(await fresh.locator(".lang-switch a[hreflang=id]").getAttribute("href")).toBe(
      "/id/komitmen/?area=open-data",
    );
    await context.close();
  });
});

describe("maps and charts lead to the pages behind them", () => {
  it("a country on the world map and a province tile open their pages; their table rows link there too", async () => {
    await page.goto(`${site.url}/en/`);
    const timor = page.locator('#partner-countries .chart__svg [data-row="TL"]').first();
    expect(await timor.getAttribute("data-href")).toBe("/en/partner-countries/TL/");
    await timor.dispatchEvent("click");
    await page.waitForURL(`${site.url}/en/partner-countries/TL/`);
    expect(await page.getAttribute("main", "data-page-kind")).toBe("country");

    await page.goto(`${site.url}/id/`);
    const westJava = page.locator('#provinces .chart__svg [data-row="32"]').first();
    await westJava.dispatchEvent("click");
    await page.waitForURL(`${site.url}/id/provinsi/32/`);
    expect(await page.getAttribute("main", "data-page-kind")).toBe("province");
    await page.goto(`${site.url}/id/`);
    expect(await page.locator('#provinces table a[href="/id/provinsi/32/"]').count()).toBe(1);
  });

  it("each amount of a money chart links to the publication that states it", async () => {
    const sources = new Map(readFixtureCsv("sources.csv").map((s) => [s.id, s.url]));
    await page.goto(`${site.url}/en/`);
    const marks = await page
      .locator("#money-by-year .chart__svg [data-row]")
      .evaluateAll((els) => els.map((el) => [el.getAttribute("data-row"), el.getAttribute("data-href")]));
    expect(marks.length).toBeGreaterThan(0);
    for (const [id, href] of marks) {
      const record = finances.find((f) => f.id === id);
      const first = list(record?.source_ids)
        .map((s) => sources.get(s))
        .find(Boolean);
      expect([id, href]).toEqual([id, first ?? null]);
    }
  });
});

describe("the journalist's tasks, in at most three clicks or one search", () => {
  it.each([
    ["id", 390, "Afrika"],
    ["id", 1280, "Afrika"],
    ["en", 390, "Africa"],
    ["en", 1280, "Africa"],
  ] as const)(
    "in %s at %i px: one search for Africa, its page, and a CSV of exactly its activities",
    async (lang, width, query) => {
      const context = await site.context({ width });
      const p = await context.newPage();
      await p.goto(`${site.url}/${lang}/`);
      await p.fill("#site-search-q", query);
      await p.press("#site-search-q", "Enter");
      await p.locator(".search-result").first().waitFor();
      // The region is among the first three results (in Indonesian "Afrika Selatan", a shorter page
      // that names the region too, may come first); its type says which result is the region.
      const firstThree = await p
        .locator(".search-result")
        .evaluateAll((items) =>
          items
            .slice(0, 3)
            .map((item) => [
              item.querySelector(".search-result__kind")?.textContent,
              item.querySelector("a")?.getAttribute("href"),
            ]),
        );
      const region = firstThree.find(([kind]) => kind === (lang === "id" ? "Kawasan" : "Region"));
      expect(region?.[1]).toBe(lang === "id" ? "/id/kawasan/africa/" : "/en/regions/africa/");
      await p.click(`.search-result a[href="${region?.[1]}"]`);
      await p.waitForURL(/\/(kawasan|regions)\/africa\/$/);
      const inAfrica = activities.filter((a) => list(a.recipient_countries).some((c) => african.has(c)));
      expect(await p.locator(".entity-facts dd").first().textContent()).toBe(String(inAfrica.length));
      const [download] = await Promise.all([
        p.waitForEvent("download"),
        p.click('section:has(> #rows-activities) button[data-download="csv"]'),
      ]);
      const rows = Papa.parse<Record<string, string>>((await downloaded(download)).toString("utf8"), {
        header: true,
        skipEmptyLines: true,
      }).data;
      expect(rows.map((r) => r.id).sort()).toEqual(inAfrica.map((a) => a.id).sort());
      await context.close();
    },
  );

  it.each([
    ["/id/cari/", 390, "Timor", "/id/negara-mitra/TL/"],
    ["/id/cari/", 1280, "Timor-Leste", "/id/negara-mitra/TL/"],
    ["/en/search/", 390, "Timor", "/en/partner-countries/TL/"],
    ["/en/search/", 1280, "Timor-Leste", "/en/partner-countries/TL/"],
    ["/id/cari/", 390, "Cikelat Sukabumi", "/id/kegiatan/ksst-0027/"],
    ["/id/cari/", 1280, "Cikelat", "/id/kegiatan/ksst-0027/"],
    ["/en/search/", 390, "Cikelat Sukabumi", "/en/activities/ksst-0027/"],
    ["/en/search/", 1280, "Cikelat", "/en/activities/ksst-0027/"],
  ] as const)(
    "on %s at %i px: one search for %s finds its page among the first results",
    async (searchPath, width, query, href) => {
      const context = await site.context({ width });
      const p = await context.newPage();
      await p.goto(`${site.url}${searchPath}?q=${encodeURIComponent(query)}`);
      await p.locator(".search-result").first().waitFor();
      const links = await p
        .locator(".search-result a")
        .evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute("href")));
      expect(links).toContain(href);
      await context.close();
    },
  );
});
