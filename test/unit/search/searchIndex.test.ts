import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildSearchIndex,
  type SearchIndexResult,
  searchBundlesFile,
} from "../../../src/node/searchIndex.ts";

/** A built page: searchable when its `<main>` carries `data-pagefind-body`, as entity pages do. */
function page(lang: string, title: string, searchable: boolean, kind = "activity"): string {
  const body = searchable ? ` data-pagefind-body data-pagefind-filter="kind:${kind}"` : "";
  return `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main${body}><h1>${title}</h1></main></body></html>`;
}

/** The ids of this process's children whose command is Pagefind's (none left means all were reaped). */
function pagefindChildren(): number[] {
  return readdirSync("/proc")
    .filter((e) => /^\d+$/.test(e))
    .filter((e) => {
      try {
        const stat = readFileSync(`/proc/${e}/stat`, "utf8");
        const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        return Number(rest[1]) === process.pid && stat.includes("(pagefind");
      } catch {
        return false;
      }
    })
    .map(Number);
}

let site: string;
let result: SearchIndexResult;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), "ksst-search-"));
  const write = (path: string, html: string) => {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), html);
  };
  for (let i = 1; i <= 5; i += 1)
    write(`id/kegiatan/k${i}/index.html`, page("id", `Pelatihan perikanan ${i}`, true));
  write("id/kegiatan/index.html", page("id", "Kegiatan", false));
  for (let i = 1; i <= 3; i += 1)
    write(`en/activities/a${i}/index.html`, page("en", `Fisheries training ${i}`, true));
  write("id/negara-mitra/TL/index.html", page("id", "Timor-Leste", true, "country"));
  write("id/kawasan/africa/index.html", page("id", "Afrika", true, "region"));
  write("index.html", page("id", "Redirect", false));
  result = await buildSearchIndex(site, { langs: ["id", "en"], bundleSize: 2 });
}, 60_000);
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe("buildSearchIndex", () => {
  it("indexes the pages about things in one bundle, and deals the records out to bundles of at most bundleSize", () => {
    expect(result.errors).toEqual([]);
    expect(result.pages).toBe(10);
    expect(result.bundles).toEqual([
      { lang: "id", path: "/pagefind/id-1/", pages: 2, weight: 2 },
      // 5 activity pages dealt out in turn to 3 bundles.
      { lang: "id", path: "/pagefind/id-2/", pages: 2, weight: 1 },
      { lang: "id", path: "/pagefind/id-3/", pages: 2, weight: 1 },
      { lang: "id", path: "/pagefind/id-4/", pages: 1, weight: 1 },
      { lang: "en", path: "/pagefind/en-1/", pages: 2, weight: 1 },
      { lang: "en", path: "/pagefind/en-2/", pages: 1, weight: 1 },
    ]);
    for (const bundle of result.bundles) {
      const entry = JSON.parse(readFileSync(join(site, bundle.path, "pagefind-entry.json"), "utf8"));
      // Each bundle is one language's, and holds only its own pages.
      expect(Object.keys(entry.languages)).toEqual([bundle.lang]);
      expect(entry.languages[bundle.lang].page_count).toBe(bundle.pages);
      expect(existsSync(join(site, bundle.path, "pagefind.js"))).toBe(true);
    }
  });

  it("lists each language's bundles for the search page, a record bundle first", () => {
    expect(JSON.parse(readFileSync(join(site, searchBundlesFile), "utf8"))).toEqual({
      id: [
        { path: "/pagefind/id-2/", weight: 1 },
        { path: "/pagefind/id-3/", weight: 1 },
        { path: "/pagefind/id-4/", weight: 1 },
        { path: "/pagefind/id-1/", weight: 2 },
      ],
      en: [
        { path: "/pagefind/en-1/", weight: 1 },
        { path: "/pagefind/en-2/", weight: 1 },
      ],
    });
  });

  it("waits for every Pagefind process to end, and counts what they used", () => {
    expect(pagefindChildren()).toEqual([]);
    expect(result.pagefind?.peakMB).toBeGreaterThan(0);
    expect(result.pagefind?.cpuSeconds).toBeGreaterThanOrEqual(0);
  });
});
