import type { PageAssets } from "./pageAssets.ts";

/** The compressed size of what a page loads at first view, by kind, in bytes. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  images: number;
  total: number;
}

/** The limits a page must stay within, in bytes (compressed). */
export interface Budget {
  js: number;
  total: number;
}

/** The dashboard's budget: at most 50 KB of JavaScript and 250 KB in all, compressed (1 KB = 1000 bytes). */
export const dashboardBudget: Budget = { js: 50_000, total: 250_000 };

/**
 * Adds up the compressed size of a page and the files it loads; `sizeOf` returns a file's compressed
 * size by site path (a file counted once even when linked twice), `compressed` that of a text.
 */
export function pageWeight(
  htmlSize: number,
  assets: PageAssets,
  sizeOf: (path: string) => number,
  compressed: (text: string) => number,
): PageWeight {
  const sum = (paths: readonly string[]) => [...new Set(paths)].reduce((total, p) => total + sizeOf(p), 0);
  const css = sum(assets.stylesheets);
  const js = sum(assets.scripts) + assets.inlineScripts.reduce((total, s) => total + compressed(s), 0);
  const images = sum(assets.images);
  return { html: htmlSize, css, js, images, total: htmlSize + css + js + images };
}

/** Lists how a page's weight exceeds a budget, as sentences; empty when it is within budget. */
export function overBudget(weight: PageWeight, budget: Budget): string[] {
  const problems: string[] = [];
  if (weight.js > budget.js) problems.push(`JavaScript ${weight.js} B exceeds ${budget.js} B`);
  if (weight.total > budget.total) problems.push(`total ${weight.total} B exceeds ${budget.total} B`);
  return problems;
}
