import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import Papa from "papaparse";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeBidi } from "../../src/lib/text/closeBidi.ts";
import { formulaTrigger } from "../../src/lib/text/formulaTrigger.ts";
import { hostileSiteDir } from "../helpers/siteFixture.ts";
import { unisolatedBidi } from "./bidiIsolation.ts";
import { launchBrowser } from "./browser.ts";
import { crawl, filesUnder, pagePaths } from "./crawl.ts";
import { serveStatic } from "./staticServer.ts";

// The site built from test/fixtures/hostile (hostile text in every free-text field, valid data) by the
// global setup: everything that passes validation must build, and build safely.

const all = existsSync(hostileSiteDir) ? filesUnder(hostileSiteDir) : [];
const pages = existsSync(hostileSiteDir) ? pagePaths(hostileSiteDir) : [];
const ofType = (...extensions: string[]) => all.filter((file) => extensions.some((e) => file.endsWith(e)));
// Raw control characters that HTML reports as parse errors (C0 but tab, line feed, form feed, carriage return; DEL; C1).
// biome-ignore lint/suspicious/noControlCharactersInRegex: they are what must not be sent
const rawControl = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/;

let server: { url: string; close(): Promise<void> };
let browser: Browser;
beforeAll(async () => {
  server = await serveStatic(hostileSiteDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What a page must not hold when its data is hostile. */
async function inspect(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    if ((window as unknown as { __hostile?: unknown }).__hostile !== undefined)
      out.push("a script from the data ran (window.__hostile is set)");
    const made = document.querySelectorAll("[data-hostile]");
    if (made.length > 0) out.push(`${made.length} element(s) made from the data's markup`);
    for (const element of Array.from(document.querySelectorAll("*"))) {
      for (const attribute of Array.from(element.attributes))
        if (/^on/i.test(attribute.name))
          out.push(`event handler attribute ${attribute.name} on <${element.localName}>`);
    }
    for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
      try {
        JSON.parse(script.textContent ?? "");
      } catch {
        out.push("a JSON-LD block does not parse");
      }
    }
    // No text leaves a direction override or embedding open (U+202E without its U+202C), which would
    // reverse what the page shows after it (closeBidi closes them on the pages).
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let open = 0;
      for (const c of node.textContent ?? "") {
        if ("\u202a\u202b\u202d\u202e".includes(c)) open += 1;
        else if (c === "\u202c" && open > 0) open -= 1;
      }
      if (open > 0) out.push(`a text leaves a direction override open: ${JSON.stringify(node.textContent)}`);
    }
    if (document.querySelectorAll("main").length !== 1) out.push("not exactly one <main>");
    if (document.querySelectorAll("h1").length > 1) out.push("more than one <h1>");
    // The data's text stays text inside <title>: one title element, in the head, with the policy before it.
    if (
      document.querySelectorAll("title").length !== 1 ||
      !document.head.contains(document.querySelector("title"))
    )
      out.push("the <title> was broken out of");
    if (!document.head.querySelector('meta[http-equiv="Content-Security-Policy"]'))
      out.push("no policy in the head");
    return out;
  });
}

describe("the site built from hostile but valid data", () => {
  it("has its pages, including one per near-duplicate facet value", () => {
    expect(pages.length).toBeGreaterThan(300);
    // "Access to Information" and "Access to information", "Inclusion" and "inclusion": a page each.
    const areas = readdirSync(join(hostileSiteDir, "en/commitments/area"));
    for (const slug of ["access-to-information", "inclusion"]) {
      expect(areas).toContain(slug);
      expect(areas.filter((a) => a.startsWith(`${slug}-`)).length).toBe(1);
    }
    for (const segment of all.map((file) => relative(hostileSiteDir, file)).flatMap((p) => p.split(sep)))
      expect(segment.length).toBeLessThanOrEqual(80);
  });

  it("runs no script from the data, makes no element from its markup and breaks no policy, on any page", {
    timeout: 900_000,
  }, async () => {
    const findings = await crawl(browser, server.url, pages, async (page) => [
      ...(await inspect(page)),
      // Right-to-left text and overrides from the data never reorder the page's own text around them.
      ...(await unisolatedBidi(page)),
    ]);
    expect(findings).toEqual([]);
  });

  it("finds right-to-left text that is not isolated from the sentence around it (the check can fail)", async () => {
    const page = await browser.newPage();
    const rlo = "\u202eevil.exe \u05e9\u05dc\u05d5\u05dd\u202c";
    const cases: [string, number][] = [
      // A value glued into a sentence, in one text node or beside the page's own words.
      [`<p>Source: ${rlo}, Other</p>`, 1],
      [`<p>Source: <span>${rlo}</span>, <span>Other</span></p>`, 1],
      [`<p>Lead: Kontrol (${rlo})</p>`, 1],
      // Isolated: by dir="auto", <bdi>, a link's unicode-bidi: isolate, FSI … PDI, or alone in its block.
      [`<p>Source: <span dir="auto">${rlo}</span>, <bdi>${rlo}</bdi></p>`, 0],
      [`<p>Lead: <a href="#" style="unicode-bidi: isolate">${rlo}</a></p>`, 0],
      [`<p>Lead: Kontrol (\u2068${rlo}\u2069)</p>`, 0],
      [`<ul><li>${rlo}</li></ul>`, 0],
    ];
    for (const [html, expected] of cases) {
      await page.setContent(`<!doctype html><html lang="en"><body>${html}</body></html>`);
      expect((await unisolatedBidi(page)).length, html).toBe(expected);
    }
    await page.close();
  });

  it("says its data is synthetic in a landmark of its own, as axe wants all content in landmarks", async () => {
    // The fixture site is not synthetic; the hostile one is, as a benchmark's site is.
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      for (const path of ["/id/", "/en/search/?q=Timor"]) {
        await page.goto(`${server.url}${path}`);
        expect(await page.locator("aside[aria-label] .synthetic-notice").count()).toBe(1);
        const { violations } = await new AxeBuilder({ page })
          .withRules(["region", "landmark-complementary-is-top-level", "landmark-unique"])
          .analyze();
        expect(violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual(
          [],
        );
      }
    } finally {
      await context.close();
    }
  });

  it("sends no raw control character in any page", () => {
    const raw = ofType(".html").filter((file) => rawControl.test(readFileSync(file, "utf8")));
    expect(raw.map((file) => relative(hostileSiteDir, file))).toEqual([]);
  });

  it("isolates right-to-left text in page titles, so U+202E never reverses the site's name", () => {
    const titles = ofType(".html")
      .map((file) => /<title>([^<]*)<\/title>/.exec(readFileSync(file, "utf8"))?.[1] ?? "")
      .filter((title) => title.includes("\u202e"));
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) {
      expect(title.startsWith("\u2068")).toBe(true);
      expect(title.endsWith("\u2069 · KSST Terbuka")).toBe(true);
      // Inside the isolate every override is closed again (closeBidi), so nothing leaks out of it.
      const inner = title.slice(1, -" · KSST Terbuka".length - 1);
      expect(closeBidi(inner)).toBe(inner);
    }
  });

  it("writes every XML and SVG file well-formed (xmllint)", () => {
    const xml = ofType(".xml", ".svg");
    expect(xml.length).toBeGreaterThan(10);
    const lint = spawnSync("xmllint", ["--noout", ...xml], { encoding: "utf8" });
    if (lint.error) return; // xmllint is not installed: resvg already read every SVG during the build.
    expect(lint.stderr).toBe("");
  });

  it("neutralises every cell a spreadsheet would run as a formula, in every CSV", () => {
    const csv = ofType(".csv");
    expect(csv.length).toBeGreaterThan(10);
    const formulas: string[] = [];
    let neutralised = 0;
    for (const file of csv) {
      const { data } = Papa.parse<string[]>(readFileSync(file, "utf8"), { skipEmptyLines: true });
      for (const row of data)
        for (const cell of row) {
          if (formulaTrigger(cell) !== undefined)
            formulas.push(`${relative(hostileSiteDir, file)}: ${JSON.stringify(cell)}`);
          if (cell.startsWith("'") && formulaTrigger(cell.slice(1)) !== undefined) neutralised += 1;
        }
    }
    expect(formulas).toEqual([]);
    expect(neutralised).toBeGreaterThan(0);
  });
});
