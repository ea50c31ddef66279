// The browser check of a big built site (e.g. 100,000 generated activities): Debian's Chromium,
// headless, against the site served with gzip as a host serves it, does what a reader does and checks
// the answers against the data the site was built from, recording for each step the requests and bytes
// it fetched, the time to its result, and the memory of the page (bench/browserMeter.ts).
//
//   npx tsx bench/scaleBrowserCheck.ts --site bench/out/site-100000/dist [--data DIR] [--out FILE.json]
//     [--country TL] [--from 2010] [--to 2015] [--words statistik,statistics]
//   npm run bench:browser -- --site DIR
//
// - Site search (/id/cari/, /en/search/) for a province, a partner country and an organisation the
//   activities name most, an activity's id and its title: the record's page is among the first results
//   and opens as a page of that kind.
// - The activities explorer (/id/kegiatan/, /en/activities/): a partner country, a year range and free
//   text, sorted by participants, page 2; the URL reloaded and opened afresh restores the view; "download
//   these rows" (CSV) holds exactly the filtered rows, in order, each as published. Every count and row
//   is compared with the activities CSV filtered here, in Node.
// - axe-core on the search and explorer pages with their results.
// Not part of `npm test` (the big site is not in CI); the browser tests on the fixture are.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import AxeBuilder from "@axe-core/playwright";
import Papa from "papaparse";
import type { Browser, Page } from "playwright-core";
import type { Lang } from "../src/lib/model.ts";
import { type PageKey, pathOf } from "../src/site/routes.ts";
import { launchBrowser } from "../test/e2e/browser.ts";
import { serveStatic } from "../test/e2e/staticServer.ts";
import { BrowserMeter, type StepCost } from "./browserMeter.ts";

const { values } = parseArgs({
  options: {
    site: { type: "string" },
    data: { type: "string" },
    out: { type: "string" },
    country: { type: "string", default: "TL" },
    from: { type: "string", default: "2010" },
    to: { type: "string", default: "2015" },
    /** The free-text words of the Indonesian and the English run, comma-separated. */
    words: { type: "string" },
  },
});
if (!values.site) {
  process.stderr.write("Usage: npx tsx bench/scaleBrowserCheck.ts --site DIR [--data DIR] [--out FILE]\n");
  process.exit(2);
}
const siteDir = resolve(values.site);
const dataDir = resolve(
  values.data ??
    (existsSync(join(siteDir, "..", "data", "activities.csv"))
      ? join(siteDir, "..", "data")
      : join(siteDir, "downloads")),
);
if (!existsSync(join(siteDir, "index.html")) || !existsSync(join(dataDir, "activities.csv"))) {
  process.stderr.write(`No built site in ${siteDir} or no activities.csv in ${dataDir}.\n`);
  process.exit(2);
}

type Row = Record<string, string>;
const langs: Lang[] = ["id", "en"];
const failures: string[] = [];
/** Records a failed check (the run goes on, and exits 1 at the end). */
const check = (ok: boolean, what: string) => {
  if (!ok) failures.push(what);
  process.stdout.write(`${ok ? "ok  " : "FAIL"} ${what}\n`);
};
const list = (cell: string | undefined) => (cell ? cell.split(";") : []);

// The data the site was built from.
const load0 = loadavg();
const started = Date.now();
const activities = Papa.parse<Row>(readFileSync(join(dataDir, "activities.csv"), "utf8"), {
  header: true,
  skipEmptyLines: true,
}).data;
const published = Object.keys(activities[0] ?? {});
const byId = new Map(activities.map((a) => [a.id ?? "", a]));
/** The explorer's stored order: newest start first, undated last, then by id. */
const stored = [...activities].sort((a, b) => {
  const [x, y] = [a.start_date ?? "", b.start_date ?? ""];
  if (x && y) return y.localeCompare(x) || (a.id ?? "").localeCompare(b.id ?? "");
  if (x || y) return x ? -1 : 1;
  return (a.id ?? "").localeCompare(b.id ?? "");
});
const labels = Object.fromEntries(
  langs.map((lang) => [
    lang,
    JSON.parse(readFileSync(join(siteDir, "explorer/activities", `labels-${lang}.json`), "utf8")) as Record<
      string,
      Record<string, string>
    >,
  ]),
) as Record<Lang, Record<string, Record<string, string>>>;

/** The value of a column that occurs in the most activities. */
function mostNamed(pick: (a: Row) => string[]): string {
  const counts = new Map<string, number>();
  for (const a of activities) for (const v of pick(a)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? "";
}

/** An activity chosen by a fixed step through the data (deterministic), whose titles are both unique. */
function chosenActivity(): Row {
  const seen = new Map<string, number>();
  for (const a of activities)
    for (const t of [a.title_id, a.title_en]) seen.set(t ?? "", (seen.get(t ?? "") ?? 0) + 1);
  for (let i = Math.floor(activities.length * 0.618); ; i = (i + 7919) % activities.length) {
    const a = activities[i];
    if (a && seen.get(a.title_id ?? "") === 1 && seen.get(a.title_en ?? "") === 1) return a;
  }
}

// ---------------------------------------------------------------- search

interface SearchCase {
  what: string;
  query: string;
  key: PageKey;
}

const province = mostNamed((a) => list(a.provinces));
const country = mostNamed((a) => list(a.recipient_countries));
const organisation = mostNamed((a) => list(a.lead_org));
const activity = chosenActivity();
const searchCases = (lang: Lang): SearchCase[] => [
  {
    what: "province",
    query: labels[lang].provinces?.[province] ?? province,
    key: { kind: "province", id: province },
  },
  {
    what: "country",
    query: labels[lang].countries?.[country] ?? country,
    key: { kind: "country", id: country },
  },
  {
    what: "organisation",
    query: labels[lang].organisations?.[organisation] ?? organisation,
    key: { kind: "organisation", id: organisation },
  },
  { what: "activity id", query: activity.id ?? "", key: { kind: "activity", id: activity.id ?? "" } },
  {
    what: "activity title",
    query: activity[`title_${lang}`] ?? "",
    key: { kind: "activity", id: activity.id ?? "" },
  },
];

/** One measured step, for the report. */
interface Measured extends StepCost {
  lang: Lang;
  step: string;
  detail: string;
}
const measured: Measured[] = [];
const axe: { lang: Lang; page: string; violations: string[] }[] = [];

async function audit(page: Page, lang: Lang, name: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  axe.push({ lang, page: name, violations: found });
  check(
    found.length === 0,
    `${lang} ${name}: axe finds no violation${found.length ? ` (${found.join("; ")})` : ""}`,
  );
}

async function synthetic(page: Page, lang: Lang, name: string): Promise<void> {
  check(
    (await page.locator(".synthetic-notice").count()) === 1,
    `${lang} ${name}: says the data is synthetic`,
  );
}

async function searchChecks(browser: Browser, base: string, lang: Lang): Promise<void> {
  const searchPath = pathOf({ kind: "search" }, lang);
  for (const c of searchCases(lang)) {
    // A fresh context for each search: a reader arriving from the header's form, nothing cached.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const meter = await BrowserMeter.attach(browser, page, "/pagefind/");
    const href = pathOf(c.key, lang);
    let rank = -1;
    let shown = 0;
    const cost = await meter.step(async () => {
      await page.goto(`${base}${searchPath}?q=${encodeURIComponent(c.query)}`);
      await page.waitForSelector(".search-result", { timeout: 120_000 });
    });
    const hrefs = await page
      .locator(".search-result__title a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    shown = hrefs.length;
    rank = hrefs.indexOf(href) + 1;
    const status = (await page.locator("[data-search-status]").textContent()) ?? "";
    measured.push({
      lang,
      step: `search: ${c.what}`,
      detail: `"${c.query}" → ${href} at rank ${rank}; ${status.trim()}`,
      ...cost,
    });
    check(
      rank >= 1 && rank <= 3,
      `${lang} search "${c.query}" (${c.what}): ${href} among the first three (rank ${rank} of ${shown} shown)`,
    );
    if (c.what === "province") {
      await synthetic(page, lang, "search page");
      await audit(page, lang, `search results ("${c.query}")`);
    }
    if (rank >= 1) {
      await page.locator(`.search-result__title a[href="${href}"]`).first().click();
      await page.waitForURL(`${base}${href}`);
      const kind = await page.getAttribute("main", "data-page-kind");
      check(kind === c.key.kind, `${lang} the result opens ${href}, a page of kind ${c.key.kind} (${kind})`);
      await synthetic(page, lang, href);
    }
    await meter.detach();
    await context.close();
  }
}

// ---------------------------------------------------------------- explorer

/** The words free text matches (as the explorer splits them: accents off, lower case, Latin letters and digits). */
const words = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");

/** The free-text words of the Indonesian and English runs (`--words`); by default words of the titles that also begin an organisation's name (Badan Pusat Statistik), so names are matched too. */
const [wordId = "statistik", wordEn = "statistics"] = (values.words ?? "").split(",").filter((w) => w !== "");
const textWord: Record<Lang, string> = { id: wordId, en: wordEn };

/** Names of codes in both languages (free text matches a country's, regency's or organisation's name in either). */
const bothNames = (list: string, code: string) => langs.map((l) => labels[l][list]?.[code] ?? "");

/**
 * Rows matching the explorer's free text: every query word begins a word (or, shorter than three
 * letters, is a word) of the row's id, titles, venues, or the names of its regencies, partner countries
 * and organisations (any role) in either language.
 */
function textMatches(a: Row, query: string): boolean {
  const text = [
    a.id,
    a.title_id,
    a.title_en,
    a.venue_id,
    a.venue_en,
    ...list(a.regencies).flatMap((c) => bothNames("regencies", c)),
    ...list(a.recipient_countries).flatMap((c) => bothNames("countries", c)),
    ...[a.lead_org, a.implementing_orgs, a.partner_orgs, a.participating_orgs]
      .flatMap(list)
      .flatMap((c) => bothNames("organisations", c)),
  ];
  const own = new Set(text.flatMap((t) => words(t ?? "")));
  return words(query).every((q) => [...own].some((w) => (q.length < 3 ? w === q : w.startsWith(q))));
}

/** The rows a view should show, in order: country, years and free text, sorted by participants (most first). */
function expectedRows(
  lang: Lang,
  steps: { country?: string; from?: number; to?: number; q?: string; byParticipants?: boolean },
): Row[] {
  let rows = stored;
  if (steps.country) rows = rows.filter((a) => list(a.recipient_countries).includes(steps.country ?? ""));
  if (steps.from !== undefined || steps.to !== undefined)
    rows = rows.filter((a) => {
      const year = Number((a.start_date ?? "").slice(0, 4));
      return a.start_date !== "" && year >= (steps.from ?? -Infinity) && year <= (steps.to ?? Infinity);
    });
  if (steps.q) rows = rows.filter((a) => textMatches(a, steps.q ?? ""));
  if (steps.byParticipants) {
    const known = rows.filter((a) => a.participants_total !== "");
    const unknown = rows.filter((a) => a.participants_total === "");
    // Stable: equal counts keep the stored order.
    rows = [...known]
      .sort((a, b) => Number(b.participants_total) - Number(a.participants_total))
      .concat(unknown);
  }
  void lang;
  return rows;
}

/** The record ids of the rows the explorer's table shows. */
const shownIds = (page: Page) =>
  page.locator("[data-explorer-rows] .explorer-table__title .code").allTextContents();
/**
 * The number of rows the explorer's status line counts: the first number ("1,234 activities of 100,000
 * match", "All 100,000 activities"), or the last of the built page's "1–50 of 100,000".
 */
async function statusCount(page: Page): Promise<number> {
  const text = (await page.locator("[data-explorer-status]").textContent()) ?? "";
  const numbers = text.match(/\d[\d.,]*\d|\d/g) ?? [];
  const chosen = text.includes("–") ? numbers.at(-1) : numbers[0];
  return Number(chosen?.replace(/\D/g, ""));
}
/** What the explorer shows now: its status and rows; a step is done when this changes. */
const signature = (page: Page) =>
  page.evaluate(
    () =>
      `${document.querySelector("[data-explorer-status]")?.textContent}|${[
        ...document.querySelectorAll("[data-explorer-rows] .code"),
      ]
        .map((e) => e.textContent)
        .join(",")}`,
  );
async function changed(page: Page, before: string): Promise<void> {
  try {
    await page.waitForFunction(
      (prev) =>
        `${document.querySelector("[data-explorer-status]")?.textContent}|${[
          ...document.querySelectorAll("[data-explorer-rows] .code"),
        ]
          .map((e) => e.textContent)
          .join(",")}` !== prev,
      before,
      { timeout: 60_000, polling: 50 },
    );
  } catch {
    throw new Error(
      "the view did not change within 60 s: each step must narrow the rows (choose another --country, --from, --to or --words)",
    );
  }
}

async function explorerChecks(browser: Browser, base: string, lang: Lang): Promise<void> {
  const path = pathOf({ kind: "activities" }, lang);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const meter = await BrowserMeter.attach(browser, page, "/explorer/");
  const from = Number(values.from);
  const to = Number(values.to);
  const q = textWord[lang];
  const pageSize = 50;
  const step = async (
    name: string,
    detail: string,
    action: () => Promise<void>,
    expected: Row[],
    pageNo = 1,
  ) => {
    const cost = await meter.step(action);
    const ids = await shownIds(page);
    const want = expected.slice((pageNo - 1) * pageSize, pageNo * pageSize).map((a) => a.id);
    const count = await statusCount(page);
    measured.push({ lang, step: `explorer: ${name}`, detail: `${detail}; ${count} rows`, ...cost });
    check(
      count === expected.length,
      `${lang} explorer ${name}: ${count} rows counted, ${expected.length} expected`,
    );
    check(
      JSON.stringify(ids) === JSON.stringify(want),
      `${lang} explorer ${name}: the page shows the expected ${want.length} rows in order`,
    );
  };

  await step(
    "open",
    path,
    async () => {
      await page.goto(`${base}${path}`);
      await page.locator("[data-explorer-rows] tr").first().waitFor();
    },
    stored,
  );
  await synthetic(page, lang, "explorer");

  const countryName = labels[lang].countries?.[values.country] ?? values.country;
  let before = await signature(page);
  await step(
    "partner country",
    `${countryName} (${values.country})`,
    async () => {
      await page.locator('details[data-facet="country"] > summary').click();
      const input = page.locator(`details[data-facet="country"] input[value="${values.country}"]`);
      await page.locator('details[data-facet="country"] input').first().waitFor();
      if ((await input.count()) === 0)
        await page.locator('details[data-facet="country"] .explorer__more').click();
      await input.check();
      await changed(page, before);
    },
    expectedRows(lang, { country: values.country }),
  );

  before = await signature(page);
  await step(
    "year range",
    `${from}–${to}`,
    async () => {
      await page.selectOption('select[name="from"]', String(from));
      await changed(page, before);
      const middle = await signature(page);
      await page.selectOption('select[name="to"]', String(to));
      await changed(page, middle);
    },
    expectedRows(lang, { country: values.country, from, to }),
  );

  before = await signature(page);
  await step(
    "free text",
    `"${q}"`,
    async () => {
      await page.fill("#explorer-q", q);
      await changed(page, before);
    },
    expectedRows(lang, { country: values.country, from, to, q }),
  );

  /** A step that clicks one control and waits for the view to change. */
  const clickStep = async (name: string, detail: string, selector: string, expected: Row[], pageNo = 1) => {
    const before = await signature(page);
    await step(
      name,
      detail,
      async () => {
        await page.locator(selector).click();
        await changed(page, before);
      },
      expected,
      pageNo,
    );
  };
  const filtered = expectedRows(lang, { country: values.country, from, to, q, byParticipants: true });
  await clickStep("sorted by participants", "most first", 'th[data-sort="participants"] button', filtered);
  // Page 2 when the filtered rows fill more than one page (on a small site they may not).
  const pageNo = filtered.length > pageSize ? 2 : 1;
  if (pageNo === 2)
    await clickStep("page 2", "next page", '[data-explorer-pages] a[rel="next"]', filtered, 2);
  const firstShown = filtered[(pageNo - 1) * pageSize]?.id;

  // The state is in the URL: reloaded, and opened afresh elsewhere, it gives the same view.
  const url = new URL(page.url());
  const params = [...url.searchParams].map(([k, v]) => `${k}=${v}`).sort();
  const wanted = [
    `q=${q}`,
    `country=${values.country}`,
    `from=${from}`,
    `to=${to}`,
    "sort=-participants",
    ...(pageNo === 2 ? ["page=2"] : []),
  ].sort();
  check(
    JSON.stringify(params) === JSON.stringify(wanted),
    `${lang} explorer URL holds the whole state (${url.search})`,
  );
  await step(
    "URL reloaded",
    url.search,
    async () => {
      await page.reload();
      await page.waitForFunction(
        (id) => document.querySelector("[data-explorer-rows] .code")?.textContent === id,
        firstShown,
        { timeout: 120_000 },
      );
    },
    filtered,
    pageNo,
  );
  check((await page.inputValue("#explorer-q")) === q, `${lang} explorer reloaded: the text box says "${q}"`);
  check(
    (await page.inputValue('select[name="from"]')) === String(from),
    `${lang} explorer reloaded: from ${from}`,
  );
  check((await page.inputValue('select[name="to"]')) === String(to), `${lang} explorer reloaded: to ${to}`);
  check(
    (await page.inputValue("[data-explorer-sort]")) === "-participants",
    `${lang} explorer reloaded: sorted by participants`,
  );
  check(
    ((await page.locator('details[data-facet="country"] [data-facet-chosen]').textContent()) ?? "").includes(
      "1",
    ),
    `${lang} explorer reloaded: one partner country chosen`,
  );
  const shared = await (await browser.newContext({ viewport: { width: 390, height: 900 } })).newPage();
  await shared.goto(page.url());
  await shared.waitForFunction(
    (id) => document.querySelector("[data-explorer-rows] .code")?.textContent === id,
    firstShown,
    { timeout: 120_000 },
  );
  check(
    JSON.stringify(await shownIds(shared)) ===
      JSON.stringify(filtered.slice((pageNo - 1) * pageSize, pageNo * pageSize).map((a) => a.id)),
    `${lang} explorer: the shared URL opened at 390 px shows the same rows`,
  );
  await shared.context().close();
  await audit(page, lang, `explorer (${url.search})`);

  // "Download these rows": exactly the filtered rows, in the view's order, every published cell as published.
  let csvText = "";
  const cost = await meter.step(async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 300_000 }),
      page.click('button[data-download="csv"]'),
    ]);
    csvText = readFileSync((await download.path()) ?? "", "utf8");
  });
  const csv = Papa.parse<Row>(csvText.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
  measured.push({
    lang,
    step: "explorer: download CSV",
    detail: `${csv.data.length} rows, ${csvText.length} characters`,
    ...cost,
  });
  check(
    csv.data.length === filtered.length && csv.data.length === (await statusCount(page)),
    `${lang} download: ${csv.data.length} rows, as the explorer counts (${filtered.length} expected)`,
  );
  check(
    JSON.stringify(csv.data.map((r) => r.id)) === JSON.stringify(filtered.map((a) => a.id)),
    `${lang} download: the same rows in the same order as the filtered data`,
  );
  const differing = csv.data.flatMap((r) =>
    published.filter((c) => r[c] !== byId.get(r.id ?? "")?.[c]).map((c) => `${r.id}.${c}`),
  );
  check(
    differing.length === 0,
    `${lang} download: every published cell as in activities.csv${differing.length ? ` (differ: ${differing.slice(0, 5).join(", ")})` : ""}`,
  );
  await meter.detach();
  await context.close();
}

// ---------------------------------------------------------------- run

const server = await serveStatic(siteDir, { gzip: true });
const browser = await launchBrowser();
const cpu0 = process.cpuUsage();
try {
  for (const lang of langs)
    for (const [name, run] of [
      ["search", searchChecks],
      ["explorer", explorerChecks],
    ] as const)
      try {
        await run(browser, server.url, lang);
      } catch (error) {
        check(false, `${lang} ${name}: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
      }
} finally {
  await browser.close();
  await server.close();
}
const cpu = process.cpuUsage(cpu0);
const load1 = loadavg();

const kb = (n: number) => (n / 1024).toFixed(1);
const table = [
  "| lang | step | time | browser CPU | requests | transferred | of which index/explorer files | JS heap (page + worker) | renderer RSS | detail |",
  "|---|---|---:|---:|---:|---:|---:|---:|---:|---|",
  ...measured.map(
    (m) =>
      `| ${m.lang} | ${m.step} | ${(m.ms / 1000).toFixed(2)} s | ${m.browserCpuSeconds ?? "?"} s | ${m.requests} | ${kb(m.bytes)} KB | ${m.focusRequests} / ${kb(m.focusBytes)} KB | ${m.heapMB}${m.workerHeapMB !== undefined ? ` + ${m.workerHeapMB}` : ""} MB | ${m.rendererMB ?? "?"} MB | ${m.detail.replaceAll("|", "\\|")} |`,
  ),
].join("\n");
const summary = {
  site: siteDir,
  data: dataDir,
  activities: activities.length,
  when: new Date(started).toISOString(),
  seconds: Math.round((Date.now() - started) / 1000),
  nodeCpuSeconds: Math.round((cpu.user + cpu.system) / 1e5) / 10,
  cores: cpus().length,
  loadBefore: load0.map((l) => Math.round(l * 100) / 100),
  loadAfter: load1.map((l) => Math.round(l * 100) / 100),
  measured,
  axe,
  failures,
};
process.stdout.write(
  `\n${table}\n\n${activities.length} activities; load average ${summary.loadBefore.join(", ")} before and ${summary.loadAfter.join(", ")} after, ${summary.cores} cores; ${summary.seconds} s in all.\n`,
);
if (values.out) {
  writeFileSync(resolve(values.out), `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(`Written ${resolve(values.out)} (${dirname(resolve(values.out))}).\n`);
}
if (failures.length > 0) {
  process.stdout.write(`\n${failures.length} checks failed:\n${failures.map((f) => `  ${f}`).join("\n")}\n`);
  process.exit(1);
}
process.stdout.write("\nEvery check passed.\n");
