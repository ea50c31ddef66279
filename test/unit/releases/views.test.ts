import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import type { JsonValue } from "../../../src/lib/releases/jsonValue.ts";
import { pathLabel } from "../../../src/lib/releases/pathLabel.ts";
import { recordLabel } from "../../../src/lib/releases/recordLabel.ts";
import { releaseChangelog } from "../../../src/lib/releases/releaseChangelog.ts";
import type { JsonSchema } from "../../../src/lib/schema/jsonSchema.ts";
import { displayValue } from "../../../src/site/releases/displayValue.ts";
import { releaseFeed } from "../../../src/site/releases/releaseFeed.ts";
import { releaseListView } from "../../../src/site/releases/releaseListView.ts";
import { releasePageView } from "../../../src/site/releases/releasePageView.ts";
import { snapshot } from "./releaseFixtures.ts";

const schema: JsonSchema = {
  properties: {
    irm: {
      "x-label": { id: "Penilaian IRM", en: "IRM assessment" },
      properties: { completion: { "x-label": { id: "Penyelesaian", en: "Completion" } } },
    },
    milestones: {
      "x-label": { id: "Tonggak", en: "Milestones" },
      items: { properties: { status: { "x-label": { id: "Status", en: "Status" } } } },
    },
    start_date: { $ref: "defs.schema.json#/$defs/date", "x-label": { id: "Mulai", en: "Start" } },
    status_history: { items: { properties: { value: {} } } },
  },
};
const root = {
  node: schema,
  base: "x.schema.json",
  registry: new Map([["defs.schema.json", { $defs: { date: {} } }]]),
};

describe("pathLabel", () => {
  it.each([
    ["/irm/completion", "en", "IRM assessment › Completion"],
    ["/irm/completion", "id", "Penilaian IRM › Penyelesaian"],
    ["/milestones/[id=m2]/status", "en", "Milestones › m2 › Status"],
    ["/status_history/2/value", "en", "status_history › #3 › value"],
    ["/start_date", "id", "Mulai"],
    ["/not_in_schema/deeper", "en", "not_in_schema › deeper"],
  ] as const)("names %s in %s as %s", (path, lang, expected) => {
    expect(pathLabel(path, root, lang)).toBe(expected);
  });
});

describe("displayValue", () => {
  it.each([
    [undefined, false, { text: "unknown (absent)", missing: true, empty: false }],
    ["", false, { text: "empty", missing: false, empty: true }],
    ["Substantial", false, { text: "Substantial", missing: false, empty: false }],
    [1234.5, false, { text: "1234.5", missing: false, empty: false }],
    [["s1", "s2"], false, { text: "s1; s2", missing: false, empty: false }],
    [[], false, { text: "[]", missing: false, empty: true }],
    [{ id: "m1" }, false, { text: '{"id":"m1"}', missing: false, empty: false }],
    ["12", true, { text: '"12"', missing: false, empty: false, type: "text" }],
    [12, true, { text: "12", missing: false, empty: false, type: "number" }],
  ] as [JsonValue | undefined, boolean, object][])("shows %j", (value, withType, expected) => {
    expect(displayValue(value, "en", withType)).toEqual(expected);
  });

  it("says unknown and empty in Indonesian", () => {
    expect(displayValue(undefined, "id").text).toBe("tidak diketahui (tidak diisi)");
    expect(displayValue("", "id").text).toBe("teks kosong");
  });
});

describe("recordLabel", () => {
  it.each([
    [{ id: "a", title_id: "Pelatihan", title_en: "Training" }, "id", "Pelatihan"],
    [{ id: "a", title_id: "Pelatihan", title_en: "Training" }, "en", "Training"],
    [{ id: "c", title: { en: "Open election data" } }, "id", "Open election data"],
    [{ id: "o", name_id: "Kemlu", name_en: "MoFA" }, "en", "MoFA"],
    [{ id: "s", claim_id: "Klaim", claim_en: "Claim" }, "id", "Klaim"],
    [{ id: "src", title: "An article" }, "en", "An article"],
    [{ id: "x" }, "en", undefined],
  ] as [JsonValue, "id" | "en", string | undefined][])("names %j in %s", (record, lang, expected) => {
    expect(recordLabel(record, lang)).toBe(expected);
  });
});

const first = snapshot("1.0.0", "2026-11-01", {
  commitments: [{ id: "ID0121", title: { en: "Social welfare data" }, irm: { completion: "Limited" } }],
});
const second = snapshot("1.1.0", "2026-11-28", {
  commitments: [
    { id: "ID0121", title: { en: "Social welfare data" }, irm: { completion: "Substantial" } },
    { id: "ID0123", title: { en: "Open election data" } },
  ],
});
const releases = [
  { snapshot: first, changelog: releaseChangelog(undefined, first) },
  { snapshot: second, changelog: releaseChangelog(first, second) },
];

describe("releasePageView", () => {
  const view = releasePageView({
    snapshot: second,
    changelog: releases[1]?.changelog ?? releaseChangelog(first, second),
    previous: first,
    lang: "en",
    site: "https://example.org/",
    recordHref: (dataset, key) => `/en/${dataset}/${key}/`,
  });

  it("gives the version, the release it follows and the permanent downloads", () => {
    expect(view.heading).toBe("Release 1.1.0");
    expect(view.published).toBe("Published 28 November 2026");
    expect(view.follows).toEqual({
      text: "Follows release 1.0.0 of 1 November 2026.",
      href: "/en/releases/1.0.0/",
      version: "1.0.0",
    });
    expect(view.downloads.map((d) => d.href)).toEqual(["/releases/1.1.0/commitments.csv"]);
    expect(view.links.map((l) => l.href)).toContain("/releases/1.1.0/changelog.json");
    expect(view.citation).toContain(
      "(Version 1.1.0) [Data set]. Released 28 November 2026. https://example.org/en/releases/1.1.0/",
    );
  });

  it("lists rows added and changed with field old → new", () => {
    const [dataset] = view.changelog.datasets;
    expect(view.changelog.totals).toBe("1 added, 0 removed, 1 changed");
    expect(dataset?.added.rows).toEqual([
      { key: "ID0123", label: "Open election data", href: "/en/commitments/ID0123/", changes: [] },
    ]);
    expect(dataset?.changed.rows[0]?.changes).toEqual([
      {
        path: "/irm/completion",
        field: "irm › completion",
        kind: "changed",
        kindLabel: "changed",
        old: { text: "Limited", missing: false, empty: false },
        new: { text: "Substantial", missing: false, empty: false },
      },
    ]);
  });

  it("groups datasets without changes apart", () => {
    const same = snapshot("1.2.0", "2026-12-01", second.datasets);
    const quiet = releasePageView({
      snapshot: same,
      changelog: releaseChangelog(second, same),
      lang: "en",
      site: "https://example.org/",
    });
    expect(quiet.changelog.datasets).toEqual([]);
    expect(quiet.changelog.unchanged).toEqual([{ title: "commitments data", file: "commitments.csv" }]);
  });

  it("cuts long lists and says where the rest is", () => {
    const cut = releasePageView({
      snapshot: second,
      changelog: releaseChangelog(undefined, second),
      lang: "id",
      site: "https://example.org/",
      maxRows: 1,
    });
    expect(cut.changelog.datasets[0]?.added.rows).toHaveLength(1);
    expect(cut.changelog.datasets[0]?.added.truncated).toBe(
      "Menampilkan 1 dari 2; semua baris ada di catatan perubahan JSON.",
    );
    expect(cut.changelog.lede).toBe("Ini rilis pertama: setiap baris diterbitkan untuk pertama kali.");
  });
});

describe("releaseListView", () => {
  it("lists releases newest first and marks the latest", () => {
    expect(
      releaseListView(
        releases.map((r) => ({ manifest: r.snapshot.manifest, changelog: r.changelog })),
        "id",
      ),
    ).toEqual([
      {
        version: "1.1.0",
        href: "/id/releases/1.1.0/",
        date: "28 November 2026",
        isoDate: "2026-11-28",
        title: "Rilis 1.1.0",
        changes: "1 ditambah, 0 dihapus, 1 diubah",
        latest: true,
      },
      {
        version: "1.0.0",
        href: "/id/releases/1.0.0/",
        date: "1 November 2026",
        isoDate: "2026-11-01",
        title: "Rilis 1.0.0",
        changes: "1 ditambah, 0 dihapus, 0 diubah",
        latest: false,
      },
    ]);
  });
});

describe("releaseFeed", () => {
  const doc = new DOMParser().parseFromString(releaseFeed(releases, "https://example.org/"), "text/xml");

  it("has one entry per release, newest first, dated by the latest release", () => {
    expect([...doc.querySelectorAll("entry > id")].map((e) => e.textContent)).toEqual([
      "https://example.org/id/releases/1.1.0/",
      "https://example.org/id/releases/1.0.0/",
    ]);
    expect(doc.querySelector("feed > updated")?.textContent).toBe("2026-11-28T00:00:00Z");
  });

  it("links each entry to both languages and to its changelog", () => {
    const links = [...doc.querySelectorAll("entry")][0]?.querySelectorAll("link") ?? [];
    expect([...links].map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")])).toEqual([
      ["id", "https://example.org/id/releases/1.1.0/"],
      ["en", "https://example.org/en/releases/1.1.0/"],
      [null, "https://example.org/releases/1.1.0/changelog.json"],
    ]);
  });
});
