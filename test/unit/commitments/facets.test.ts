import { describe, expect, it } from "vitest";
import {
  commitmentFacet,
  commitmentFacets,
  type FacetName,
} from "../../../src/lib/commitments/commitmentFacets.ts";
import { facetIndex } from "../../../src/lib/commitments/facetIndex.ts";
import { facetKeys, shortHash, slugOf } from "../../../src/lib/commitments/facetKey.ts";
import type { Commitment } from "../../../src/lib/model.ts";
import { readFixtureJson } from "../../helpers/siteFixture.ts";
import { commitment } from "./fixtures.ts";

describe("the facet registry", () => {
  it("has one entry per facet name, with distinct path segments in each language", () => {
    const names = commitmentFacets.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const lang of ["id", "en"] as const) {
      const segments = commitmentFacets.map((f) => f.segment[lang]);
      expect(new Set(segments).size).toBe(segments.length);
      for (const segment of segments) expect(segment).toBe(slugOf(segment));
    }
  });

  it.each([
    ["plan", commitment("A", "2020-2022"), ["2020-2022"]],
    ["area", commitment("A", "p", { policy_areas: ["Open Data", "SDGs"] }), ["Open Data", "SDGs"]],
    ["area", commitment("A", "p"), []],
    [
      "lead",
      commitment("A", "p", { lead_orgs: ["kpu", "kip"], supporting_orgs: ["bappenas"] }),
      ["kpu", "kip"],
    ],
    ["ambition", commitment("A", "p", { irm: { ambition: "High", source_ids: [] } }), ["High"]],
    ["impact", commitment("A", "p", { irm: { ambition: "High", source_ids: [] } }), []],
    [
      "completion",
      commitment("A", "p", { irm: { completion: "Pending IRM Review", source_ids: [] } }),
      ["Pending IRM Review"],
    ],
    ["results", commitment("A", "p", { irm: { early_results: "Major", source_ids: [] } }), ["Major"]],
    ["results", commitment("A", "p"), []],
  ] as const)("reads the %s of a commitment verbatim", (name, record, expected) => {
    expect(commitmentFacet(name).read(record)).toEqual(expected);
  });

  it("refuses an unknown facet name", () => {
    expect(() => commitmentFacet("colour")).toThrow(/Unknown commitments facet "colour"/);
  });
});

describe("facetKeys", () => {
  const keyOf = (name: FacetName, value: string | null) =>
    facetKeys(commitmentFacet(name), [value]).get(value);

  it.each([
    ["area", "Access to Information", "access-to-information"],
    ["area", "Security & Public Safety", "security-public-safety"],
    ["area", "Disinformation/Misinformation", "disinformation-misinformation"],
    ["area", "Anti-Corruption", "anti-corruption"],
    ["results", "Pending IRM Review", "pending-irm-review"],
    ["results", "No early results to report yet", "no-early-results-to-report-yet"],
    ["area", "Pemberdayaan Perempuan é", "pemberdayaan-perempuan-e"],
    ["plan", "2020-2022", "2020-2022"],
    ["lead", "kemenko-marves", "kemenko-marves"],
    ["ambition", null, "not-found"],
  ] as const)("keys the %s value %j as %s", (name, value, key) => {
    expect(keyOf(name, value)).toBe(key);
  });

  it("keeps near-duplicates apart: the first keeps the slug, the others get a hash of their text", () => {
    const keys = facetKeys(commitmentFacet("area"), ["Open-Data", "Open Data", "open data", "OPEN DATA!"]);
    expect(keys.get("OPEN DATA!")).toBe("open-data");
    for (const value of ["Open Data", "Open-Data", "open data"])
      expect(keys.get(value)).toBe(`open-data-${shortHash(value)}`);
    expect(new Set(keys.values()).size).toBe(4);
  });

  it("gives the same keys whatever order the values come in", () => {
    const values = ["Open Data", "Open-Data", "!!!", "x".repeat(300)];
    const one = facetKeys(commitmentFacet("area"), values);
    const two = facetKeys(commitmentFacet("area"), [...values].reverse());
    expect([...two.entries()].sort()).toEqual([...one.entries()].sort());
  });

  it.each([
    ["a text with no letters or digits", "!!!"],
    ["another", "—"],
    ["a text that slugs to not-found", "Not found"],
    ["a very long text", "Transparansi ".repeat(100)],
    ["a path traversal", "../../../etc/passwd"],
    ["an encoded one", "%2e%2e%2f"],
  ])("gives %s a valid, bounded path segment", (_what, value) => {
    const key = keyOf("area", value) ?? "";
    expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(key.length).toBeLessThanOrEqual(70);
    expect(key).not.toBe("not-found");
  });
});

describe("facetIndex", () => {
  const records: Commitment[] = [
    commitment("ID1", "2018-2020", {
      policy_areas: ["Open Data", "SDGs"],
      lead_orgs: ["kpu"],
      irm: { ambition: "Low", source_ids: [] },
    }),
    commitment("ID2", "2020-2022", {
      policy_areas: ["Open Data"],
      lead_orgs: ["kpu", "kip"],
      irm: { ambition: "High", early_results: "Major", source_ids: [] },
    }),
    commitment("ID3", "2020-2022", { lead_orgs: ["kip"], irm: { ambition: "High", source_ids: [] } }),
    commitment("ID4", "2020-2022", { policy_areas: ["SDGs", "SDGs"] }),
  ];
  const index = facetIndex(records, commitmentFacets, { ambition: ["High", "Low"] });
  const facet = (name: string) => index.find((e) => e.facet.name === name)?.values;

  it.each([
    [
      "plan",
      [
        ["2020-2022", ["ID2", "ID3", "ID4"]],
        ["2018-2020", ["ID1"]],
      ],
    ],
    [
      "area",
      [
        ["open-data", ["ID1", "ID2"]],
        ["sdgs", ["ID1", "ID4"]],
        ["not-found", ["ID3"]],
      ],
    ],
    [
      "lead",
      [
        ["kip", ["ID2", "ID3"]],
        ["kpu", ["ID1", "ID2"]],
        ["org", ["ID4"]],
      ],
    ],
    [
      "ambition",
      [
        ["high", ["ID2", "ID3"]],
        ["low", ["ID1"]],
        ["not-found", ["ID4"]],
      ],
    ],
    ["impact", [["not-found", ["ID1", "ID2", "ID3", "ID4"]]]],
    [
      "results",
      [
        ["major", ["ID2"]],
        ["not-found", ["ID1", "ID3", "ID4"]],
      ],
    ],
  ] as const)("indexes %s with counts, not found last", (name, expected) => {
    expect(facet(name)?.map((v) => [v.key, v.ids])).toEqual(expected);
  });

  it("counts every commitment once per facet value and once as not found when it has none", () => {
    for (const entry of index) {
      const ids = entry.values.flatMap((v) => v.ids);
      for (const r of records) expect(ids).toContain(r.id);
    }
  });

  it("puts the preferred order before counts", () => {
    const low = facetIndex(records, [commitmentFacet("ambition")], { ambition: ["Low", "High"] });
    expect(low[0]?.values.map((v) => v.value)).toEqual(["Low", "High", null]);
  });

  it.each([
    ["case", "High", "high"],
    ["punctuation", "Open Data", "Open-Data"],
    ["no letters at all", "!!!", "???"],
  ])("gives two values that differ only by %s two pages", (_what, first, second) => {
    const index = facetIndex([
      commitment("ID1", "p", { policy_areas: [first] }),
      commitment("ID2", "p", { policy_areas: [second] }),
    ]);
    const area = index.find((e) => e.facet.name === "area")?.values ?? [];
    expect(area.map((v) => v.ids).sort()).toEqual([["ID1"], ["ID2"]]);
    expect(new Set(area.map((v) => v.key)).size).toBe(2);
  });

  it("indexes real commitments (the site fixture's) without a clash", () => {
    const published = readFixtureJson<Commitment[]>("commitments.json");
    const all = facetIndex(published);
    for (const entry of all) {
      const total = new Set(entry.values.flatMap((v) => v.ids)).size;
      expect(total).toBe(published.length);
    }
  });
});
