import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "../../src/site/contentSecurityPolicy.ts";
import { siteDir } from "../helpers/siteFixture.ts";
import { openSite, type SiteSession } from "./browser.ts";
import { crawl, pagePaths } from "./crawl.ts";

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

describe("the Content-Security-Policy", () => {
  it("is on every page, and every page runs without a violation or a script error", {
    timeout: 900_000,
  }, async () => {
    const paths = pagePaths(siteDir);
    expect(paths.length).toBeGreaterThan(300);
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
