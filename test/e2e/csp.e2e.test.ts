import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "../../src/site/contentSecurityPolicy.ts";
import { siteDir } from "../helpers/siteFixture.ts";
import { openSite, type SiteSession } from "./browser.ts";
import { crawl, pagePaths, pagesOfEachKind } from "./crawl.ts";

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

describe("the Content-Security-Policy", () => {
  // Every page of the hostile site (the same page kinds, every text hostile) is opened in
  // test/e2e/hostile.e2e.test.ts with the same checks; here two of each kind of the fixture site,
  // which also has the release pages.
  it("is on every kind of page, and each runs without a violation or a script error", {
    timeout: 900_000,
  }, async () => {
    const paths = pagesOfEachKind(pagePaths(siteDir));
    expect(paths.length).toBeGreaterThan(40);
    expect(paths).toEqual(expect.arrayContaining(["/en/", "/en/releases/", "/en/charts/actors/embed/"]));
    const problems = await crawl(site.browser, site.url, paths, async (page) => {
      const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
      const inline = await page.locator("script:not([src]):not([type='application/ld+json'])").count();
      return [
        ...(policy === contentSecurityPolicy() ? [] : [`policy ${JSON.stringify(policy)}`]),
        ...(inline === 0 ? [] : [`${inline} inline script(s)`]),
      ];
    });
    expect(problems).toEqual([]);
  });

  it("is on the root page too, which has no script at all (it only sends the reader on to /id/)", () => {
    const html = readFileSync(join(siteDir, "index.html"), "utf8");
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`,
    );
    expect(html).not.toMatch(/<script/i);
  });

  it("blocks a script the page did not ship (the policy is enforced, not only written)", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    await page.exposeFunction("reportViolation", (directive: string) => violations.push(directive));
    await page.goto(`${site.url}/en/`);
    const ran = await page.evaluate(async () => {
      document.addEventListener("securitypolicyviolation", (e) =>
        (window as unknown as { reportViolation(d: string): void }).reportViolation(e.violatedDirective),
      );
      const script = document.createElement("script");
      script.textContent = "window.__injected = true";
      document.body.append(script);
      await new Promise((done) => setTimeout(done, 100));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    await context.close();
    expect(ran).toBe(false);
    expect(violations).toContain("script-src-elem");
  });
});
