// Builds the Pagefind search index of a built site again, on its own, so that the site benchmark can
// measure it with GNU time as well as by Pagefind's processes' own counters (src/node/searchIndex.ts
// waits for each of its processes to end, so their CPU time and memory count in this process's).
// Usage: tsx bench/searchIndexRun.ts SITE_DIR [BUNDLE_SIZE]
// Prints one JSON line: pages, bundles, and Pagefind's CPU time and peak memory.
import { buildSearchIndex } from "../src/node/searchIndex.ts";
import { langs } from "../src/site/routes.ts";

const [site, size] = process.argv.slice(2);
if (!site || (size !== undefined && !(Number(size) > 0))) {
  process.stderr.write("Usage: tsx bench/searchIndexRun.ts SITE_DIR [BUNDLE_SIZE]\n");
  process.exit(2);
}
const { pages, bundles, errors, pagefind } = await buildSearchIndex(site, {
  langs,
  ...(size ? { bundleSize: Number(size) } : {}),
});
process.stdout.write(`${JSON.stringify({ pages, bundles: bundles.length, pagefind })}\n`);
if (errors.length > 0) {
  process.stderr.write(`${errors.join("\n")}\n`);
  process.exitCode = 1;
}
