// Screenshots of the built site, to look at it as a person would, plus an axe-core check.
// Usage: npx tsx scripts/screenshots.ts [OUT_DIR=/tmp/shots] [--site DIR] [--lang id|en] [--pages a,b] [--no-axe]
// Pages are site paths below the language folder; defaults cover the dashboard and one page of each kind.
import { mkdirSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import AxeBuilder from "@axe-core/playwright";
import { launchBrowser } from "../test/e2e/browser.ts";
import { serveStatic } from "../test/e2e/staticServer.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    site: { type: "string", default: process.env.KSST_OUT_DIR ?? "dist" },
    pages: { type: "string" },
    lang: { type: "string" },
    "no-axe": { type: "boolean", default: false },
  },
});
const outDir = resolve(positionals[0] ?? "/tmp/shots");
const siteDir = resolve(values.site);

/** The first detail page of a section, so the defaults follow whatever data was built. */
function firstChild(lang: string, section: string): string | undefined {
  try {
    const name = readdirSync(join(siteDir, lang, section)).find((n) => !n.includes("."));
    return name ? `${section}/${name}/` : undefined;
  } catch {
    return undefined;
  }
}

function defaultPages(lang: "id" | "en"): string[] {
  const sections = lang === "id" ? ["kegiatan", "komitmen", "data"] : ["activities", "commitments", "data"];
  const list = lang === "id" ? "kegiatan/" : "activities/";
  const commitments = lang === "id" ? "komitmen/" : "commitments/";
  const detail = sections.map((s) => (s === "data" ? "data/activities/" : firstChild(lang, s)));
  return ["", list, commitments, ...detail.filter((p): p is string => !!p)];
}

const widths = [390, 1280];
const server = await serveStatic(siteDir);
const browser = await launchBrowser();
mkdirSync(outDir, { recursive: true });
let problems = 0;
try {
  const langs: ("id" | "en")[] = values.lang === "id" || values.lang === "en" ? [values.lang] : ["id", "en"];
  for (const lang of langs) {
    const pages = values.pages ? values.pages.split(",") : defaultPages(lang);
    for (const page of pages) {
      for (const width of widths) {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          javaScriptEnabled: true,
        });
        const tab = await context.newPage();
        const url = `${server.url}/${lang}/${page}`;
        const response = await tab.goto(url, { waitUntil: "networkidle" });
        if (!response?.ok()) {
          process.stderr.write(`${response?.status()} ${url}\n`);
          problems += 1;
        }
        const slug = page.replace(/\/+$/, "").replaceAll("/", "_") || "home";
        const name = `${lang}-${slug}-${width}`;
        await tab.screenshot({ path: join(outDir, `${name}.png`), fullPage: true });
        // Also in screen-sized parts, which are easier to look at than one very tall image.
        const height = await tab.evaluate(() => document.documentElement.scrollHeight);
        const part = width < 600 ? 1200 : 1600;
        for (let y = 0, i = 1; height > part && y < height; y += part, i += 1) {
          const clip = { x: 0, y, width, height: Math.min(part, height - y) };
          await tab.screenshot({ path: join(outDir, `${name}.part${i}.png`), fullPage: true, clip });
        }
        if (!values["no-axe"] && width === 1280) {
          const results = await new AxeBuilder({ page: tab }).analyze();
          for (const v of results.violations.filter(
            (x) => x.impact === "serious" || x.impact === "critical",
          )) {
            problems += 1;
            process.stderr.write(`axe ${v.impact} ${v.id} on ${url}: ${v.help}\n`);
            for (const node of v.nodes.slice(0, 3)) process.stderr.write(`  ${node.target.join(" ")}\n`);
          }
        }
        process.stdout.write(`${name}.png\n`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
process.stdout.write(`Screenshots in ${outDir}; ${problems} problem(s).\n`);
process.exitCode = problems > 0 ? 1 : 0;
