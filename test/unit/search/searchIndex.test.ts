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
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildSearchIndex,
  type SearchIndexResult,
  searchBundlesFile,
} from "../../../src/node/searchIndex.ts";

/** A built page: searchable when its `<main>` carries `data-pagefind-body`, as entity pages do. */
function page(lang: string, title: string, searchable: boolean, kind = "activity", kindAt = 0): string {
  const body = searchable ? ` data-pagefind-body data-pagefind-filter="kind:${kind}"` : "";
  const start = `<!doctype html><html lang="${lang}"><head><title>${title}</title>`;
  // With `kindAt`, the page says its kind that many bytes in (a long head), as a built page does
  // after its styles: the index reads a page's first 8 KiB to find its kind, and the rest when needed.
  const pad = `<meta name="pad" content="">`;
  const before = `${start}</head><body><main data-pagefind-body data-pagefind-filter="kind:`.length;
  const padding = kindAt > 0 ? pad.replace('""', `"${"é".repeat((kindAt - before - pad.length) / 2)}"`) : "";
  return `${start}${padding}</head><body><main${body}><h1>${title}</h1></main></body></html>`;
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

/** A small built site: 5 Indonesian activities, 2 pages about things, 3 English activities, 2 pages not searchable. */
function makeSite(): string {
  const dir = mkdtempSync(join(tmpdir(), "ksst-search-"));
  const write = (path: string, html: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  };
  // k2's kind is cut by the end of the first 8 KiB (é is two bytes in UTF-8), k3's lies after them.
  const kindAt = [0, 0, 8188, 20_000, 0, 0];
  for (let i = 1; i <= 5; i += 1)
    write(
      `id/kegiatan/k${i}/index.html`,
      page("id", `Pelatihan perikanan ${i}`, true, "activity", kindAt[i]),
    );
  write("id/kegiatan/index.html", page("id", "Kegiatan", false));
  for (let i = 1; i <= 3; i += 1)
    write(`en/activities/a${i}/index.html`, page("en", `Fisheries training ${i}`, true));
  write("id/negara-mitra/TL/index.html", page("id", "Timor-Leste", true, "country", 10_000));
  write("id/kawasan/africa/index.html", page("id", "Afrika", true, "region"));
  write("index.html", page("id", "Redirect", false));
  return dir;
}

/** The addresses of the pages a written bundle holds, read from its fragments (gzip, then `pagefind_dcd` and JSON). */
function bundledUrls(dir: string, bundlePath: string): string[] {
  const fragments = join(dir, bundlePath, "fragment");
  return readdirSync(fragments).map((name) => {
    const text = gunzipSync(readFileSync(join(fragments, name))).toString("utf8");
    return (JSON.parse(text.slice("pagefind_dcd".length)) as { url: string }).url;
  });
}

/** Runs `work` while counting this process's Pagefind children every few milliseconds; returns its result and the most seen at once. */
async function countingPagefind<T>(work: () => Promise<T>): Promise<{ value: T; most: number }> {
  let most = 0;
  const timer = setInterval(() => {
    most = Math.max(most, pagefindChildren().length);
  }, 2);
  try {
    return { value: await work(), most };
  } finally {
    clearInterval(timer);
  }
}

let site: string;
let result: SearchIndexResult;
let seenAtOnce: number;
let serialSite: string;
let serial: SearchIndexResult;
let serialSeenAtOnce: number;

beforeAll(async () => {
  site = makeSite();
  ({ value: result, most: seenAtOnce } = await countingPagefind(() =>
    buildSearchIndex(site, { langs: ["id", "en"], bundleSize: 2, concurrency: 2 }),
  ));
  serialSite = makeSite();
  ({ value: serial, most: serialSeenAtOnce } = await countingPagefind(() =>
    buildSearchIndex(serialSite, { langs: ["id", "en"], bundleSize: 2, concurrency: 1 }),
  ));
}, 60_000);
afterAll(() => {
  rmSync(site, { recursive: true, force: true });
  rmSync(serialSite, { recursive: true, force: true });
});

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
    // Two processes ran side by side: their peaks together are more than the largest alone.
    expect(result.pagefind?.concurrentPeakMB).toBeGreaterThan(result.pagefind?.peakMB ?? Infinity);
    expect(serial.pagefind?.concurrentPeakMB).toBe(serial.pagefind?.peakMB);
  });

  it("puts every searchable page in exactly one bundle of its language", () => {
    for (const dir of [site, serialSite]) {
      const urls = result.bundles.flatMap((b) => bundledUrls(dir, b.path));
      expect(urls.sort()).toEqual([
        "/en/activities/a1/",
        "/en/activities/a2/",
        "/en/activities/a3/",
        "/id/kawasan/africa/",
        "/id/kegiatan/k1/",
        "/id/kegiatan/k2/",
        "/id/kegiatan/k3/",
        "/id/kegiatan/k4/",
        "/id/kegiatan/k5/",
        "/id/negara-mitra/TL/",
      ]);
      for (const bundle of result.bundles)
        for (const url of bundledUrls(dir, bundle.path))
          expect(url.startsWith(`/${bundle.lang}/`)).toBe(true);
    }
  });

  it("builds at most `concurrency` bundles at a time, and the same bundles whatever the concurrency", () => {
    expect(result.concurrent).toBe(2);
    // Two processes at once, but one bundle fed at a time: one is written while the next is fed.
    expect(result.fedAtOnce).toBe(1);
    expect(seenAtOnce).toBeLessThanOrEqual(2);
    expect(serial.concurrent).toBe(1);
    expect(serialSeenAtOnce).toBeLessThanOrEqual(1);
    expect(serial.bundles).toEqual(result.bundles);
    for (const bundle of result.bundles)
      expect(bundledUrls(serialSite, bundle.path).sort()).toEqual(bundledUrls(site, bundle.path).sort());
    expect(readFileSync(join(serialSite, searchBundlesFile), "utf8")).toBe(
      readFileSync(join(site, searchBundlesFile), "utf8"),
    );
  });

  it("hands every page to Pagefind as a record, for the same index as from its HTML", async () => {
    expect(result.records).toBe(10);
    const htmlSite = makeSite();
    try {
      const fromHtml = await buildSearchIndex(htmlSite, {
        langs: ["id", "en"],
        bundleSize: 2,
        concurrency: 2,
        records: false,
      });
      expect(fromHtml.records).toBe(0);
      expect(fromHtml.bundles).toEqual(result.bundles);
      // The word and filter indexes byte for byte, and every page's fragment (these pages have no anchors).
      for (const bundle of result.bundles)
        for (const part of ["index", "filter", "fragment"]) {
          const files = (dir: string) =>
            readdirSync(join(dir, bundle.path, part))
              .sort()
              .map((name) => [name, readFileSync(join(dir, bundle.path, part, name)).toString("base64")]);
          expect(files(site)).toEqual(files(htmlSite));
        }
    } finally {
      rmSync(htmlSite, { recursive: true, force: true });
    }
  });

  it("fails when a bundle cannot be written, and leaves no Pagefind process behind", async () => {
    const broken = makeSite();
    try {
      // A file where the second Indonesian bundle goes: Pagefind cannot make its folder.
      mkdirSync(join(broken, "pagefind"), { recursive: true });
      writeFileSync(join(broken, "pagefind", "id-2"), "in the way");
      const outcome = await buildSearchIndex(broken, {
        langs: ["id", "en"],
        bundleSize: 2,
        concurrency: 2,
      }).then(
        (done) => done.errors,
        (error: unknown) => [String(error)],
      );
      expect(outcome.length).toBeGreaterThan(0);
      expect(pagefindChildren()).toEqual([]);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
