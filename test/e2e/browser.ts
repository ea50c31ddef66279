import { existsSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { siteDir } from "../helpers/siteFixture.ts";
import { serveStatic } from "./staticServer.ts";

/** Debian's Chromium, or CHROMIUM_PATH when set. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Launches headless Chromium with the flags this closed-network machine needs. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath))
    throw new Error(`Chromium not found at ${chromiumPath}: apt-get install chromium`);
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** A served site and a browser: everything a browser test needs, and one call to tear it down. */
export interface SiteSession {
  url: string;
  browser: Browser;
  /** A fresh context (phone or desktop width, JavaScript on or off). */
  context(options?: { width?: number; javaScript?: boolean }): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** Serves the site built from the fixture and launches the browser. */
export async function openSite(): Promise<SiteSession> {
  if (!existsSync(join(siteDir, "index.html")))
    throw new Error(
      `No built site in ${siteDir}: the browser tests' global setup builds it from the fixture.`,
    );
  const server = await serveStatic(siteDir);
  const browser = await launchBrowser();
  return {
    url: server.url,
    browser,
    context: ({ width = 1280, javaScript = true } = {}) =>
      browser.newContext({
        viewport: { width, height: 900 },
        javaScriptEnabled: javaScript,
        timezoneId: "UTC",
        locale: "id-ID",
      }),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A served site with one page open: what most browser test files share across their tests. */
export interface SitePage {
  site: SiteSession;
  page: Page;
}

/** Serves the built site, launches the browser and opens one page at desktop width with JavaScript on. */
export async function openSitePage(): Promise<SitePage> {
  const site = await openSite();
  try {
    return { site, page: await (await site.context()).newPage() };
  } catch (error) {
    await site.close();
    throw error;
  }
}
