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

/**
 * The site path of every HTML page of a built site (`/en/about/`), but the root: it only sends the
 * reader on to `/id/` (a meta refresh), which a one-language test build does not have, so the tests
 * read its file instead.
 */
export function pagePaths(siteDir: string): string[] {
  return filesUnder(siteDir)
    .filter((file) => file.endsWith(".html"))
    .map((file) => `/${relative(siteDir, file).split(sep).join("/")}`.replace(/index\.html$/, ""))
    .filter((path) => path !== "/");
}

/**
 * A few pages of each kind: every page of a language's top level (`/en/about/`) and the first
 * `perKind` paths (in sorted order) of every deeper folder, so `/en/activities/a1/` and
 * `/en/activities/a2/` stand for all activity pages.
 */
export function pagesOfEachKind(paths: readonly string[], perKind = 2): string[] {
  const taken = new Map<string, number>();
  return [...paths].sort().filter((path) => {
    if (path.split("/").length <= 4) return true;
    const folder = path.replace(/[^/]+\/$/, "");
    const n = taken.get(folder) ?? 0;
    taken.set(folder, n + 1);
    return n < perKind;
  });
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
        problems.push(...(await check(page, path)));
        const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
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
