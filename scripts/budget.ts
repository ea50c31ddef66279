// Measures every page of the built site whose kind has a budget (src/lib/budget/pageBudgets.ts):
// the dashboard, the explorers, search, the lists of regions, sectors and goals, and every entity
// page (by its <main data-page-kind>). Reports the heaviest page of each kind and fails over budget.
// Usage: npm run budget [-- --site DIR]   (gzip, 1 KB = 1000 B; JavaScript ≤ 50 KB on every page)
// Inline scripts are counted as JavaScript inside the HTML too, so the total never undercounts.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { domElementCount } from "../src/lib/budget/domElementCount.ts";
import { type PageAssets, pageAssets } from "../src/lib/budget/pageAssets.ts";
import { type BudgetedKind, overElements, pageBudgets } from "../src/lib/budget/pageBudgets.ts";
import { overBudget, type PageWeight, pageWeight } from "../src/lib/budget/pageWeight.ts";
import { staticImports } from "../src/lib/budget/staticImports.ts";
import { langs, type PageKey, pathOf } from "../src/site/routes.ts";

const { values } = parseArgs({
  options: { site: { type: "string", default: process.env.KSST_DIST ?? "dist" } },
});
const siteDir = resolve(values.site);
const gzip = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).byteLength;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

if (!existsSync(join(siteDir, "id", "index.html"))) {
  process.stderr.write(`No built site in ${siteDir}: run npm run build first.\n`);
  process.exit(2);
}

// Pages that are not about one thing, by their address in each language.
const listKinds: [BudgetedKind, PageKey[]][] = [
  ["dashboard", [{ kind: "dashboard" }]],
  ["explorer", [{ kind: "activities" }, { kind: "claims" }, { kind: "finances" }]],
  ["search", [{ kind: "search" }]],
  ["entityList", [{ kind: "regions" }, { kind: "sectors" }, { kind: "sdgs" }]],
];
const byPath = new Map<string, BudgetedKind>();
for (const [kind, keys] of listKinds)
  for (const key of keys) for (const lang of langs) byPath.set(pathOf(key, lang), kind);
const numbered = new Map(
  langs.flatMap((lang) =>
    (["activities", "claims", "finances"] as const).map((k) => [
      pathOf({ kind: k }, lang),
      "explorer" as const,
    ]),
  ),
);

/** Tells the budgeted kind of a page from its address or its `<main data-page-kind>`. */
function kindOf(path: string, html: string): BudgetedKind | undefined {
  const listed = byPath.get(path);
  if (listed) return listed;
  for (const [base, kind] of numbered)
    if (/^(halaman|page)\/\d+\/$/.test(path.slice(base.length)) && path.startsWith(base)) return kind;
  const entity = /<main\b[^>]*\bdata-page-kind="([^"]+)"/.exec(html)?.[1];
  return entity && entity in pageBudgets ? (entity as BudgetedKind) : undefined;
}

/** Every `index.html` below the language folders, as site paths. */
function* pages(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* pages(path);
    else if (entry.name === "index.html") yield `/${relative(siteDir, dir).split(sep).join("/")}/`;
  }
}

const assetSizes = new Map<string, number>();
const sizeOf = (path: string) => {
  let size = assetSizes.get(path);
  if (size === undefined) {
    const asset = join(siteDir, decodeURIComponent(path.split(/[?#]/)[0] ?? path));
    if (!existsSync(asset)) throw new Error(`A page loads ${path}, which is not in ${siteDir}.`);
    size = gzip(readFileSync(asset));
    assetSizes.set(path, size);
  }
  return size;
};

/** The page's scripts and every module they import statically, transitively (a page loads them all at once). */
function withImports(assets: PageAssets, pagePath: string): string[] {
  const seen = new Set<string>();
  const queue = [...assets.scripts, ...assets.inlineScripts.flatMap((code) => staticImports(code, pagePath))];
  while (queue.length > 0) {
    const path = queue.pop() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    const file = join(siteDir, path);
    if (existsSync(file)) queue.push(...staticImports(readFileSync(file, "utf8"), path));
  }
  return [...seen];
}

const heaviest = new Map<
  BudgetedKind,
  { path: string; weight: PageWeight; elements: number; count: number }
>();
const problems: string[] = [];
for (const lang of langs) {
  for (const path of pages(join(siteDir, lang))) {
    const html = readFileSync(join(siteDir, path, "index.html"), "utf8");
    const kind = kindOf(path, html);
    if (!kind) continue;
    const assets = pageAssets(html);
    const weight = pageWeight(gzip(html), { ...assets, scripts: withImports(assets, path) }, sizeOf, gzip);
    const elements = domElementCount(html);
    const budget = pageBudgets[kind];
    for (const problem of [...overBudget(weight, budget), ...overElements(elements, budget)])
      problems.push(`${path} (${kind}): ${problem}`);
    const seen = heaviest.get(kind);
    const count = (seen?.count ?? 0) + 1;
    if (!seen || weight.total > seen.weight.total || elements > seen.elements)
      heaviest.set(kind, {
        path,
        weight: seen && seen.weight.total > weight.total ? seen.weight : weight,
        elements: Math.max(elements, seen?.elements ?? 0),
        count,
      });
    else seen.count = count;
  }
}

process.stdout.write("Heaviest page of each kind (gzip; elements in its DOM):\n");
for (const [kind, budget] of Object.entries(pageBudgets) as [
  BudgetedKind,
  (typeof pageBudgets)[BudgetedKind],
][]) {
  const found = heaviest.get(kind);
  if (!found) {
    process.stdout.write(`  ${kind.padEnd(13)} no page\n`);
    continue;
  }
  const { weight: w } = found;
  process.stdout.write(
    `  ${kind.padEnd(13)} ${String(found.count).padStart(5)} pages  HTML ${kb(w.html)} · CSS ${kb(w.css)} · JS ${kb(w.js)} · ` +
      `total ${kb(w.total)} / ${kb(budget.total)} · ${found.elements} / ${budget.elements} elements  (${found.path})\n`,
  );
}
if (problems.length > 0) process.stdout.write(`OVER BUDGET:\n  ${problems.join("\n  ")}\n`);
else process.stdout.write("Every page is within its budget.\n");
process.exitCode = problems.length > 0 ? 1 : 0;
