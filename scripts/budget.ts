// Measures the first view of the dashboard in each language from the built site and fails over budget.
// Usage: npm run budget [-- --site DIR]   (JavaScript ≤ 50 KB, everything ≤ 250 KB, gzip, 1 KB = 1000 B)
// Inline scripts are counted as JavaScript inside the HTML too, so the total never undercounts.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { pageAssets } from "../src/lib/budget/pageAssets.ts";
import { dashboardBudget, overBudget, pageWeight } from "../src/lib/budget/pageWeight.ts";

const { values } = parseArgs({
  options: { site: { type: "string", default: process.env.KSST_DIST ?? "dist" } },
});
const siteDir = resolve(values.site);
const gzip = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).byteLength;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

let failed = false;
for (const lang of ["id", "en"]) {
  const file = join(siteDir, lang, "index.html");
  if (!existsSync(file)) {
    process.stderr.write(`No dashboard at ${file}: run npm run build first.\n`);
    process.exit(2);
  }
  const html = readFileSync(file);
  const assets = pageAssets(html.toString("utf8"));
  const sizeOf = (path: string) => {
    const asset = join(siteDir, decodeURIComponent(path.split(/[?#]/)[0] ?? path));
    if (!existsSync(asset)) throw new Error(`The dashboard loads ${path}, which is not in ${siteDir}.`);
    return gzip(readFileSync(asset));
  };
  const weight = pageWeight(gzip(html), assets, sizeOf, gzip);
  const problems = overBudget(weight, dashboardBudget);
  process.stdout.write(
    `/${lang}/ (gzip): HTML ${kb(weight.html)} · CSS ${kb(weight.css)} · JS ${kb(weight.js)} · images ${kb(weight.images)} ` +
      `= ${kb(weight.total)} (budget: JS ${kb(dashboardBudget.js)}, total ${kb(dashboardBudget.total)})` +
      `${problems.length ? ` OVER BUDGET: ${problems.join("; ")}` : " ok"}\n`,
  );
  failed ||= problems.length > 0;
}
process.exitCode = failed ? 1 : 0;
