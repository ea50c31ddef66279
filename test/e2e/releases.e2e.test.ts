// Browser tests of the release pages in both languages, against the site built from the fixture
// (test/fixtures/site/releases: a frozen copy of releases 1.0.0 and 1.1.0).
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSite, type SiteSession } from "./browser.ts";

let site: SiteSession;
let server: { url: string };

beforeAll(async () => {
  site = await openSite();
  server = site;
});

afterAll(async () => {
  await site?.close();
});

async function open(path: string, options: { width?: number; javaScript?: boolean } = {}) {
  const context = await site.context(options);
  const page = await context.newPage();
  const response = await page.goto(`${site.url}${path}`);
  return { page, context, status: response?.status() };
}

const languages = [
  {
    lang: "id",
    heading: "Rilis 1.1.0",
    changed: "Baris diubah (1)",
    added: "Baris ditambah (2)",
    field: "Klaim (Bahasa Inggris)",
    unknown: "tidak diketahui (tidak diisi)",
    citation: "(Versi 1.1.0) [Set data]. Dirilis 28 November 2026.",
    follows: "Menyusul rilis 1.0.0",
  },
  {
    lang: "en",
    heading: "Release 1.1.0",
    changed: "Rows changed (1)",
    added: "Rows added (2)",
    field: "Claim (English)",
    unknown: "unknown (absent)",
    citation: "(Version 1.1.0) [Data set]. Released 28 November 2026.",
    follows: "Follows release 1.0.0",
  },
] as const;

describe.each(languages)("release 1.1.0 in $lang", (expected) => {
  const path = `/${expected.lang}/releases/1.1.0/`;

  it("shows the version, the release it follows and the citation in the page's language", async () => {
    const { page, context, status } = await open(path);
    expect(status).toBe(200);
    expect(await page.locator("html").getAttribute("lang")).toBe(expected.lang);
    expect(await page.locator("h1").textContent()).toBe(expected.heading);
    await page.getByRole("link", { name: expected.follows }).click();
    // The release page loaded in full before going back: going back while it was still loading once
    // failed in Chromium ("Not attached to an active page", the old page on its way out).
    await page.waitForURL(`**/${expected.lang}/releases/1.0.0/`, { waitUntil: "load" });
    expect(new URL(page.url()).pathname).toBe(`/${expected.lang}/releases/1.0.0/`);
    await page.goBack({ waitUntil: "load" });
    expect(await page.locator(".citation").textContent()).toContain(expected.citation);
    await context.close();
  });

  it("switches language to the same release", async () => {
    const { page, context } = await open(path);
    const other = expected.lang === "id" ? "en" : "id";
    await page.locator(`.lang-switch a[hreflang=${other}]`).click();
    expect(new URL(page.url()).pathname).toBe(`/${other}/releases/1.1.0/`);
    expect(await page.locator(`head link[rel=alternate][hreflang=${other}]`).getAttribute("href")).toContain(
      `/${other}/releases/1.1.0/`,
    );
    await context.close();
  });

  it("lists the changed row with each field's old and new value, and the added rows", async () => {
    const { page, context } = await open(path);
    const statements = page.locator("[data-dataset=statements]");
    await expect.poll(() => statements.getByText(expected.changed).count()).toBe(1);
    expect(await statements.getByText(expected.added).count()).toBe(1);
    const claim = statements.locator(".change", { hasText: expected.field });
    expect(await claim.locator("del").textContent()).toContain("Brebes and Semarang City were named");
    expect(await claim.locator("ins").textContent()).toContain(
      "Brebes, Semarang City, West Sumbawa and Banggai",
    );
    // A field that was empty (unknown) before is shown as unknown, not as an empty string.
    expect(await statements.locator("del.absent").first().textContent()).toContain(expected.unknown);
    expect(await statements.getByText("stmt-0077").count()).toBe(1);
    expect(await statements.getByText("stmt-0078").count()).toBe(1);
    // Datasets whose files did not change are grouped, not listed row by row.
    expect(await page.locator("[data-dataset]").count()).toBe(1);
    await context.close();
  });

  it("links each download to its permanent, byte-exact file with the checksum shown", async () => {
    const { page, context } = await open(path);
    const file = page.locator(".release-file", { hasText: "statements.csv" });
    const href = await file.getByRole("link").getAttribute("href");
    expect(href).toBe("/releases/1.1.0/statements.csv");
    const shown = (await file.locator("code").textContent())?.trim();
    const body = await (await page.request.get(`${server.url}${href}`)).body();
    expect(createHash("sha256").update(body).digest("hex")).toBe(shown);
    const sums = await (await page.request.get(`${server.url}/releases/1.1.0/SHA256SUMS`)).text();
    expect(sums).toContain(`${shown}  statements.csv`);
    await context.close();
  });

  it("fits a phone screen and works without JavaScript", async () => {
    const { page, context } = await open(path, { width: 390, javaScript: false });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator("[data-dataset=statements] ins").first().isVisible()).toBe(true);
    await context.close();
  });
});

describe("release list, feed and machine-readable changelog", () => {
  it.each([
    ["id", "Rilis data", "terbaru"],
    ["en", "Data releases", "latest"],
  ])("lists releases newest first in %s, with the Atom feed", async (lang, heading, latest) => {
    const { page, context } = await open(`/${lang}/releases/`);
    expect(await page.locator("h1").textContent()).toBe(heading);
    const items = page.locator(".release-item");
    expect(await items.count()).toBeGreaterThanOrEqual(2);
    expect(await items.first().locator(".badge").textContent()).toBe(latest);
    expect(
      await page.locator('head link[rel=alternate][type="application/atom+xml"]').getAttribute("href"),
    ).toBe("/releases/feed.xml");
    await context.close();
  });

  it("serves the changelog as JSON and the feed as Atom", async () => {
    const { page, context } = await open("/id/releases/");
    const changelog = await (await page.request.get(`${server.url}/releases/1.1.0/changelog.json`)).json();
    expect(changelog.format).toBe("ksst-terbuka-changelog/1");
    expect(changelog.previous.version).toBe("1.0.0");
    expect(changelog.totals).toEqual({ added: 2, removed: 0, changed: 1 });
    const statements = changelog.datasets.find((d: { name: string }) => d.name === "statements");
    expect(statements.changed[0].changes.map((c: { path: string }) => c.path)).toEqual([
      "/claim_id",
      "/claim_en",
      "/notes_id",
      "/notes_en",
    ]);
    const feed = await (await page.request.get(`${server.url}/releases/feed.xml`)).text();
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(feed.indexOf("/id/releases/1.1.0/")).toBeLessThan(feed.indexOf("/id/releases/1.0.0/"));
    await context.close();
  });
});
