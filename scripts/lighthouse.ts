// Lighthouse, mobile, on the built site as a host serves it (gzip), in Debian's Chromium: the scores
// of the four categories for the dashboard, the activities explorer, search results and entity pages.
// Usage: npm run lighthouse -- [--site DIR] [--pages a,b] [--min 98] [--runs 3] [--cpu 4] [--out FILE]
// Pages are site paths (with their query); the defaults are the dashboard, the activities explorer,
// a search with results and a partner country's page, in both languages. Exits 1 when a score is
// below --min. A measurement, not a test: scores vary with the machine's load. Measure a site built
// as it is published (KSST_SITE_URL set): without it, canonical and hreflang links are relative and
// Lighthouse's SEO audits say so.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumPath } from "../test/e2e/browser.ts";
import { serveStatic } from "../test/e2e/staticServer.ts";

const { values } = parseArgs({
  options: {
    site: { type: "string", default: process.env.KSST_OUT_DIR ?? "dist" },
    pages: { type: "string" },
    min: { type: "string", default: "98" },
    cpu: { type: "string", default: "4" },
    runs: { type: "string", default: "3" },
    out: { type: "string", default: "bench/out/lighthouse.json" },
  },
});
const siteDir = resolve(values.site);
const min = Number(values.min);
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
const defaults = [
  "/id/",
  "/en/",
  "/id/kegiatan/",
  "/en/activities/",
  "/id/cari/?q=pelatihan",
  "/en/search/?q=training",
  "/id/negara-mitra/TL/",
  "/en/partner-countries/TL/",
];
const pages = values.pages ? values.pages.split(",") : defaults;

if (!existsSync(join(siteDir, "index.html"))) {
  process.stderr.write(`No built site in ${siteDir}: run npm run build first (or pass --site DIR).\n`);
  process.exit(2);
}

const server = await serveStatic(siteDir, { gzip: true });
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});

/** One Lighthouse run: the four scores, the weighted audits below 0.9 per category, and the CPU benchmark. */
interface LighthouseResult {
  scores: Record<string, number>;
  failing: Record<string, string[]>;
  benchmarkIndex: number;
}

async function audit(url: string): Promise<LighthouseResult> {
  const runner = await lighthouse(url, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: [...categories],
    // Lighthouse's default slowdown is 4 (a mid-range phone from a fast desktop); a slow or busy
    // machine can pass less, as Lighthouse's own guidance on its CPU benchmark says.
    throttling: { cpuSlowdownMultiplier: Number(values.cpu) },
  });
  const lhr = runner?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
  );
  const failing = Object.fromEntries(
    categories.map((c) => [
      c,
      Object.values(lhr.audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 0.9 &&
            lhr.categories[c]?.auditRefs.some((r) => r.id === a.id && r.weight > 0),
        )
        .map((a) => `${a.id} (${a.displayValue ?? a.score})`),
    ]),
  );
  return { scores, failing, benchmarkIndex: Math.round(lhr.environment.benchmarkIndex) };
}

type Result = LighthouseResult & { page: string; runs: number[]; below: string[] };
const results: Result[] = [];
let low = 0;
process.stdout.write(" perf a11y  b.p  SEO  page (Lighthouse mobile; median of the runs by performance)\n");
try {
  for (const page of pages) {
    const runs: LighthouseResult[] = [];
    for (let i = 0; i < Number(values.runs); i += 1) runs.push(await audit(`${server.url}${page}`));
    // The median run by performance, as Lighthouse CI picks it: one run on a shared machine can be unlucky.
    const sorted = [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
    const median = sorted[Math.floor(sorted.length / 2)] as LighthouseResult;
    const below = categories.filter((c) => (median.scores[c] ?? 0) < min);
    low += below.length;
    const reasons = below.map((c) => `${c} ${median.scores[c]} < ${min}: ${median.failing[c]?.join(", ")}`);
    const runScores = runs.map((r) => r.scores.performance ?? 0);
    process.stdout.write(
      `${categories.map((c) => String(median.scores[c]).padStart(4)).join("")}  ${page}  (performance per run ${runScores.join(", ")}; CPU benchmark ${median.benchmarkIndex})\n`,
    );
    for (const reason of reasons) process.stdout.write(`      ${reason}\n`);
    results.push({ ...median, page, runs: runScores, below: reasons });
  }
} finally {
  chrome.kill();
  await server.close();
}
const out = resolve(values.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), min, cpuSlowdown: Number(values.cpu), results }, null, 1)}\n`,
);
process.stdout.write(`→ ${out}\n`);
if (low > 0) process.exit(1);
