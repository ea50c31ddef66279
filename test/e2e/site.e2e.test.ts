import AxeBuilder from "@axe-core/playwright";
import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFixtureCsv } from "../helpers/siteFixture.ts";
import { openSitePage, type SiteSession } from "./browser.ts";

let site: SiteSession;
let page: Page;

beforeAll(async () => {
  ({ site, page } = await openSitePage());
});
afterAll(() => site?.close());

// One page of each kind, in both languages, as the two languages name them.
const pages = [
  { kind: "dashboard", id: "/id/", en: "/en/" },
  { kind: "activities", id: "/id/kegiatan/", en: "/en/activities/" },
  { kind: "activity", id: "/id/kegiatan/ksst-0001/", en: "/en/activities/ksst-0001/" },
  { kind: "commitments", id: "/id/komitmen/", en: "/en/commitments/" },
  { kind: "commitment", id: "/id/komitmen/ID0121/", en: "/en/commitments/ID0121/" },
  { kind: "catalog", id: "/id/data/", en: "/en/data/" },
  { kind: "dataset", id: "/id/data/activities/", en: "/en/data/activities/" },
  { kind: "about", id: "/id/tentang/", en: "/en/about/" },
] as const;

describe("the built site in a browser", () => {
  it("sends / to the Indonesian dashboard and offers both languages", async () => {
    const response = await page.goto(`${site.url}/`);
    expect(response?.status()).toBe(200);
    await page.waitForURL(`${site.url}/id/`);
    expect(await page.getAttribute("html", "lang")).toBe("id");
  });

  describe.each(pages)("$kind page", ({ id, en }) => {
    it.each([
      ["id", id, en],
      ["en", en, id],
    ] as const)(
      "in %s has the right lang, a language switch to the same page, and no serious axe violations",
      async (lang, path, other) => {
        const response = await page.goto(`${site.url}${path}`);
        expect(response?.status()).toBe(200);
        expect(await page.getAttribute("html", "lang")).toBe(lang);
        expect(await page.locator("h1").count()).toBe(1);
        const switchLink = page.locator(`a[hreflang="${lang === "id" ? "en" : "id"}"]`).first();
        expect(await switchLink.getAttribute("href")).toBe(other);
        await switchLink.click();
        await page.waitForURL(`${site.url}${other}`);
        expect(await page.getAttribute("html", "lang")).toBe(lang === "id" ? "en" : "id");

        await page.goto(`${site.url}${path}`);
        const { violations } = await new AxeBuilder({ page }).analyze();
        const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
          [],
        );
      },
    );
  });

  it("renders the dashboard charts as inline SVG, each with a data table, even without JavaScript", async () => {
    const context = await site.context({ javaScript: false, width: 390 });
    const noJs = await context.newPage();
    for (const path of ["/id/", "/en/"]) {
      await noJs.goto(`${site.url}${path}`);
      const charts = noJs.locator("figure.chart");
      expect(await charts.count()).toBeGreaterThanOrEqual(2);
      for (const chart of await charts.all()) {
        expect(await chart.locator("svg").count()).toBeGreaterThan(0);
        expect(await chart.locator("table").count()).toBe(1);
        // The plot itself, not a legend swatch: the widest SVG of the figure.
        const widths = await chart
          .locator("svg")
          .evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().width));
        expect(Math.max(...widths)).toBeGreaterThan(300);
      }
    }
    await context.close();
  });

  it("links an activity page to its sources", async () => {
    for (const path of ["/id/kegiatan/ksst-0001/", "/en/activities/ksst-0001/"]) {
      await page.goto(`${site.url}${path}`);
      const links = page.locator("section.sources a[href^='http']");
      expect(await links.count()).toBeGreaterThan(0);
      expect(await links.first().getAttribute("href")).toContain("antaranews.com");
    }
  });

  it("serves the activities CSV download with exactly the published rows", async () => {
    await page.goto(`${site.url}/id/data/activities/`);
    const href = await page.locator("a[href$='activities.csv']").first().getAttribute("href");
    expect(href).toBeTruthy();
    const response = await page.request.get(new URL(href ?? "", site.url).toString());
    expect(response.status()).toBe(200);
    const served = Papa.parse<Record<string, string>>(await response.text(), {
      header: true,
      skipEmptyLines: true,
    });
    const source = readFixtureCsv("activities.csv");
    expect(served.errors).toEqual([]);
    expect(served.data.map((r) => r.id)).toEqual(source.map((r) => r.id));
    expect(served.data[0]).toEqual(source[0]);
  });

  it("publishes each dataset's quality report on its page and as JSON", async () => {
    await page.goto(`${site.url}/en/data/activities/`);
    const section = page.locator("section[aria-labelledby='quality']");
    await expect(section.locator("h2").textContent()).resolves.toBe("Data quality report");
    expect(await section.textContent()).toContain("0 errors");
    const response = await page.request.get(`${site.url}/downloads/quality.json`);
    const report = (await response.json()) as {
      valid: boolean;
      datasets: { name: string; rows: number; checks: unknown[] }[];
    };
    expect(report.valid).toBe(true);
    const activities = report.datasets.find((d) => d.name === "activities");
    expect(activities?.rows).toBe(readFixtureCsv("activities.csv").length);
    expect(activities?.checks.length).toBeGreaterThan(10);
  });

  it("serves the activities XLSX download with the same rows as the CSV", async () => {
    await page.goto(`${site.url}/en/data/activities/`);
    const href = await page.locator("a[href$='activities.xlsx']").first().getAttribute("href");
    const response = await page.request.get(new URL(href ?? "", site.url).toString());
    expect(response.status()).toBe(200);
    const files = unzipSync(new Uint8Array(await response.body()));
    const strings = strFromU8(files["xl/sharedStrings.xml"] ?? new Uint8Array());
    const ids = readFixtureCsv("activities.csv").map((r) => r.id);
    for (const id of ids) expect(strings).toContain(`<t>${id}</t>`);
  });
});
