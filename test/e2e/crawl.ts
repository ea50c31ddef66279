import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Browser, Page } from "playwright-core";

/** Every file under a folder, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The site path of every HTML page of a built site (`/en/about/`). */
export function pagePaths(siteDir: string): string[] {
  return filesUnder(siteDir)
    .filter((file) => file.endsWith(".html"))
    .map((file) => `/${relative(siteDir, file).split(sep).join("/")}`.replace(/index\.html$/, ""));
}

/** What a page did wrong, as `path: problem`. */
export type PageCheck = (page: Page, path: string) => Promise<string[]>;

/**
 * Opens every page in a few tabs at once and returns what `check` found, with every
 * Content-Security-Policy violation, script error and dialog the page caused.
 */
export async function crawl(
  browser: Browser,
  baseUrl: string,
  paths: readonly string[],
  check: PageCheck = async () => [],
): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: "UTC" });
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      w.__csp.push(`${event.violatedDirective} ${event.blockedURI || "inline"} ${event.sample}`);
    });
  });
  const queue = [...paths];
  const found: string[] = [];
  const tabs = await Promise.all([1, 2, 3].map(() => context.newPage()));
  await Promise.all(
    tabs.map(async (page) => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const problems: string[] = [];
        const onError = (error: Error) => problems.push(`script error: ${error.message}`);
        const onDialog = (dialog: { message(): string; dismiss(): Promise<void> }) => {
          problems.push(`dialog: ${dialog.message()}`);
          void dialog.dismiss();
        };
        page.on("pageerror", onError);
        page.on("dialog", onDialog);
        const response = await page.goto(`${baseUrl}${path}`, { waitUntil: "load" });
        if (response?.status() !== 200) problems.push(`status ${response?.status()}`);
        // A page that moves on by itself (the root's refresh to /id/) is checked where it lands.
        const settled = <T>(read: () => Promise<T>): Promise<T> =>
          read().catch(async (error: Error) => {
            if (!/context was destroyed/.test(error.message)) throw error;
            await page.waitForLoadState("load");
            return read();
          });
        problems.push(...(await settled(() => check(page, path))));
        const csp = await settled(() =>
          page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []),
        );
        problems.push(...csp.map((violation) => `CSP violation: ${violation}`));
        page.off("pageerror", onError);
        page.off("dialog", onDialog);
        found.push(...problems.map((problem) => `${path}: ${problem}`));
      }
    }),
  );
  await context.close();
  return found;
}
