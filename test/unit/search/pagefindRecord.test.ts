import { gunzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { afterAll, describe, expect, it } from "vitest";
import { pagefindRecord } from "../../../src/lib/search/pagefindRecord.ts";
import { withoutIgnoredAll } from "../../../src/lib/search/withoutIgnoredAll.ts";
import { pagefindConfig } from "../../../src/node/searchIndex.ts";

const head = (title: string) =>
  `<head><meta charset="utf-8"><title>${title}</title><meta name="description" content="a &gt; b"><style>main > p { color: red } </style><script type="module">if (1 < 2) document.title = "<h1>x</h1>";</script></head>`;

/** Built pages as the site writes them, each with one of the things Pagefind's parser treats apart. */
const pages: [string, string][] = [
  [
    "/id/kegiatan/ksst-0001/",
    `<!DOCTYPE html><html lang="id">${head("Pelatihan · KSST Terbuka")}<body><a href="#main" class="skip">Lewati</a><header class="site-header" id="top"><nav aria-label="Menu"><a href="/id/">Dasbor</a></nav><p>Situs data <b>terbuka</b></p></header>` +
      `<main id="main" tabindex="-1" data-page-kind="activity" data-pagefind-body data-pagefind-filter="kind:activity"><div class="wrap"><div class="page-header"><nav class="breadcrumbs"><ol><li><a href="/id/">Dasbor</a></li></ol></nav>` +
      `<p class="kicker" data-pagefind-weight="10">ksst-0001</p><h1 dir="auto">Pelatihan &quot;Perikanan&quot; &amp; Kelautan, 2024</h1><p class="other-title" lang="en">Fisheries &#39;training&#39;</p></div>` +
      `<p class="lede">Pelatihan bagi 12 peserta<br>dari Timor-Leste dan Fiji. Selesai?</p><dl class="facts"><div><dt data-pagefind-ignore>Tanggal</dt><dd><span dir="auto">7 April 2004</span><span class="fact-note">† catatan</span></dd></div></dl>` +
      `<section aria-labelledby="fields" data-pagefind-ignore="all"><h2 id="fields">Semua kolom</h2><p data-pagefind-filter="kind:hidden">x</p></section>` +
      `<section class="record-history"><h2 id="history">Riwayat</h2></section><section class="sources"><h2 id="sources">Sumber</h2><ol class="source-list"><li id="source-a" class="source"><span class="badge badge--news">Berita</span><p class="source__title"><a href="https://example.org/a?b=1&amp;c=2">[Judul (asli)]</a></p><p class="source__url">https://example.org/a</p></li></ol></section>` +
      `<svg viewBox="0 0 10 10" role="img"><defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs><title>Bagan</title><path d="M0 0h10"/><text>12</text></svg>` +
      `<table><tr><td>Timor-Leste</td><td>ksst-0012</td></tr></table><ul><li>satu</li><li>dua)</li><li>tiga$</li><li>empat*</li><li>lima'</li></ul></div></main>` +
      `<footer class="site-footer"><p>Lisensi</p></footer></body></html>`,
  ],
  [
    "/en/countries/TL/",
    `<!DOCTYPE html><html lang="en">${head("Timor-Leste · KSST Terbuka")}<body><main data-pagefind-body data-pagefind-filter="kind:country"><div class="entity"><h1>Timor-Leste</h1><p>Activities: <strong>31</strong> — <em>since</em> 2004</p>` +
      `<div class="entity-chart"><p>2004: 3</p></div><section class="entity-section" id="activities"><h2>Activities</h2><table><tr><td>ksst-0012</td></tr></table><p class="entity-section__download"><a href="/x.csv">CSV</a></p><p>Shown: 3 of 31</p></section>` +
      `<p CLASS="kicker" Data-Pagefind-Weight="8">TL-code</p><div DATA-PAGEFIND-IGNORE><p>Hidden aside</p></div><section><h3 id="h3">Notes ‏مرحبا‎</h3><p>Ünïcödé ñame ÆØÅ 日本語</p><h4>Four</h4><h5>Five</h5><h6>Six</h6><article><p>End with digit 9</p></article><form><label>Search</label><input name="q"></form></section></div></main></body></html>`,
  ],
  [
    "/id/tanpa-judul/",
    `<!DOCTYPE html><html lang="id"><head><title>Halaman tanpa h1</title></head><body><main data-pagefind-body data-pagefind-filter="kind:dataset"><p>Isi halaman.</p><p>   </p></main></body></html>`,
  ],
];

/** The fragments of an in-memory index by address, without heading anchors' text (which a record cannot give). */
function fragments(files: { path: string; content: Uint8Array }[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const file of files.filter((f) => f.path.startsWith("fragment/"))) {
    const fragment = JSON.parse(gunzipSync(file.content).toString("utf8").slice("pagefind_dcd".length)) as {
      url: string;
      anchors: { element: string; text?: string }[];
    };
    for (const anchor of fragment.anchors) if (/^h[1-6]$/.test(anchor.element)) anchor.text = "";
    out.set(fragment.url, fragment);
  }
  return out;
}

/** The word and filter index chunks of an in-memory index, by file name. */
function chunks(files: { path: string; content: Uint8Array }[]): Map<string, string> {
  return new Map(
    files
      .filter((f) => f.path.startsWith("index/") || f.path.startsWith("filter/"))
      .map((f) => [f.path, Buffer.from(f.content).toString("base64")]),
  );
}

/** Indexes the pages with Pagefind, each as HTML or as the record made of it, and returns its files. */
async function indexed(asRecords: boolean | "first"): Promise<{ path: string; content: Uint8Array }[]> {
  const { index } = await pagefind.createIndex(pagefindConfig);
  if (!index) throw new Error("Pagefind did not start");
  for (const [i, [url, html]] of pages.entries()) {
    const content = withoutIgnoredAll(html);
    const record =
      asRecords === true || (asRecords === "first" && i === 0)
        ? pagefindRecord(content, url, pagefindConfig.excludeSelectors)
        : undefined;
    if (asRecords === true && !record) throw new Error(`no record made of ${url}`);
    const answer = record ? await index.addCustomRecord(record) : await index.addHTMLFile({ url, content });
    expect(answer.errors).toEqual([]);
  }
  const { files, errors } = await index.getFiles();
  expect(errors).toEqual([]);
  await index.deleteIndex();
  return files;
}

afterAll(() => pagefind.close());

describe("pagefindRecord", () => {
  it("makes of each page what Pagefind's parser makes of it: the same index, the same fragments but heading anchors' text", async () => {
    const fromHtml = await indexed(false);
    const fromRecords = await indexed(true);
    expect(chunks(fromRecords)).toEqual(chunks(fromHtml));
    expect(fragments(fromRecords)).toEqual(fragments(fromHtml));
    expect(fragments(fromHtml).size).toBe(pages.length);
  });

  it("leaves a record in the index beside pages handed over as HTML (with data-pagefind-body)", async () => {
    const mixed = await indexed("first");
    expect(chunks(mixed)).toEqual(chunks(await indexed(false)));
    expect([...fragments(mixed).keys()].sort()).toEqual(pages.map(([url]) => url).sort());
  });

  it("keeps the weights, the title (the first h1, else the page's title), the language and the filters", () => {
    const [url, html] = pages[0] ?? ["", ""];
    const record = pagefindRecord(withoutIgnoredAll(html), url, pagefindConfig.excludeSelectors);
    expect(record?.language).toBe("id");
    expect(record?.meta).toEqual({ title: 'Pelatihan "Perikanan" & Kelautan, 2024' });
    expect(record?.filters).toEqual({ kind: ["activity"] });
    expect(record?.content).toContain("___PAGEFIND_WEIGHT___10 ksst-0001. ___END_PAGEFIND_WEIGHT___");
    expect(record?.content).not.toContain("Semua kolom");
    expect(record?.content).not.toContain("Lisensi");
    const [untitledUrl, untitled] = pages[2] ?? ["", ""];
    expect(pagefindRecord(untitled, untitledUrl, [])?.meta).toEqual({ title: "Halaman tanpa h1" });
  });

  it("gives nothing for what it does not follow, so that the page goes to Pagefind as HTML", () => {
    const page = (main: string) =>
      `<!DOCTYPE html><html lang="id"><head><title>T</title></head><body><main data-pagefind-body>${main}</main></body></html>`;
    expect(pagefindRecord(page("<h1>A</h1>"), "/a/", [])).toBeDefined();
    // Pagefind's other attributes, an image after the title, a reference not known here, a stray end tag.
    expect(pagefindRecord(page('<h1 data-pagefind-meta="title">A</h1>'), "/a/", [])).toBeUndefined();
    // Attribute names in any case (the parser skips names that cannot be one it reads without copying them).
    expect(pagefindRecord(page('<h1 DATA-PAGEFIND-META="title">A</h1>'), "/a/", [])).toBeUndefined();
    expect(pagefindRecord(page('<h1>A</h1><img src="/a.png" alt="">'), "/a/", [])).toBeUndefined();
    expect(pagefindRecord(page("<h1>A &hellip;</h1>"), "/a/", [])).toBeUndefined();
    expect(pagefindRecord(page("<h1>A</h1></div>"), "/a/", [])).toBeUndefined();
    // A selector form not followed, a page without a searchable body, a page without a language.
    const notFollowed = ["main > p"];
    expect(pagefindRecord(page("<h1>A</h1>"), "/a/", notFollowed)).toBeUndefined();
    // Asked again with the same list (its parse is kept per list): still nothing.
    expect(pagefindRecord(page("<h1>A</h1>"), "/a/", notFollowed)).toBeUndefined();
    expect(pagefindRecord(page("<h1>A</h1>").replace(" data-pagefind-body", ""), "/a/", [])).toBeUndefined();
    expect(pagefindRecord(page("<h1>A</h1>").replace(' lang="id"', ""), "/a/", [])).toBeUndefined();
  });
});
