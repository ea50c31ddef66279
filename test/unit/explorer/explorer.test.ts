import { describe, expect, it } from "vitest";
import { csvTable } from "../../../src/lib/downloads/csvTable.ts";
import { downloadTable } from "../../../src/lib/explorer/downloadTable.ts";
import { ExplorerData } from "../../../src/lib/explorer/explorerData.ts";
import { explorerFiles } from "../../../src/lib/explorer/explorerFiles.ts";
import type { ExplorerIndex } from "../../../src/lib/explorer/explorerIndex.ts";
import { cellValues, type ExplorerRow } from "../../../src/lib/explorer/explorerSpec.ts";
import { type ExplorerState, emptyState } from "../../../src/lib/explorer/explorerState.ts";
import { orderRows } from "../../../src/lib/explorer/orderRows.ts";
import { decodePostings, encodePostings } from "../../../src/lib/explorer/postings.ts";
import { RowSet } from "../../../src/lib/explorer/rowSet.ts";
import { textTokens } from "../../../src/lib/explorer/textTokens.ts";
import { generateRows, labels, memoryLoader, spec } from "./fixtures.ts";

const col = (name: string) => spec.columns.findIndex((c) => c.name === name);

/** The rows a state selects, found the slow and obvious way: one row at a time. */
function bruteForce(rows: readonly ExplorerRow[], state: ExplorerState, except?: string): number[] {
  const words = textTokens(state.q);
  return rows.flatMap((row, r) => {
    for (const facet of spec.facets) {
      if (facet.name === except) continue;
      const values = cellValues(row[col(facet.column)], spec.columns[col(facet.column)] ?? {});
      if (facet.range) {
        if (state.from === undefined && state.to === undefined) continue;
        const year = Number(values[0]);
        if (values.length === 0 || (state.from !== undefined && year < state.from)) return [];
        if (state.to !== undefined && year > state.to) return [];
      } else {
        const chosen = state.filters[facet.name] ?? [];
        if (chosen.length > 0 && !chosen.some((v) => values.includes(v))) return [];
      }
    }
    if (words.length > 0) {
      const names = cellValues(row[col("countries")], { list: true }).flatMap((c) => [
        labels.en.countries?.[c] ?? "",
        labels.id.countries?.[c] ?? "",
      ]);
      const own = textTokens(
        [row[col("id")], row[col("title_id")], row[col("title_en")], row[col("countries")], ...names].join(
          " ",
        ),
      );
      const hit = (w: string) => own.some((o) => (w.length < 3 ? o === w : o.startsWith(w)));
      if (!words.every(hit)) return [];
    }
    return [r];
  });
}

describe("posting lists", () => {
  it.each([[[]], [[0]], [[0, 1, 2, 3]], [[5, 9, 10, 1000, 99999]]])("round-trip %j", (rows) => {
    expect(decodePostings(encodePostings(rows))).toEqual(rows);
  });
  it("store gaps, small numbers that compress well", () => {
    expect(encodePostings([3, 4, 5, 10])).toEqual([3, 0, 0, 4]);
  });
  it("refuse rows out of order or repeated", () => {
    expect(() => encodePostings([2, 2])).toThrow(/ascending/);
    expect(() => encodePostings([3, 1])).toThrow(/ascending/);
  });
});

describe("RowSet", () => {
  it.each([1, 31, 32, 33, 100, 1000])("of %i rows: all, none, and, or, count and rows agree", (size) => {
    const evens = RowSet.of(
      size,
      Array.from({ length: size }, (_, i) => i).filter((i) => i % 2 === 0),
    );
    const threes = RowSet.of(
      size,
      Array.from({ length: size }, (_, i) => i).filter((i) => i % 3 === 0),
    );
    expect(RowSet.all(size).count()).toBe(size);
    expect(RowSet.none(size).count()).toBe(0);
    expect(evens.and(threes).rows()).toEqual(
      Array.from({ length: size }, (_, i) => i).filter((i) => i % 6 === 0),
    );
    expect(evens.or(threes).count()).toBe(
      Array.from({ length: size }, (_, i) => i).filter((i) => i % 2 === 0 || i % 3 === 0).length,
    );
    expect(RowSet.all(size).rows()).toEqual(Array.from({ length: size }, (_, i) => i));
    expect(evens.countOf([0, 1, 2])).toBe(size > 2 ? 2 : 1);
  });
  it("refuses rows outside its size and sets of another size", () => {
    expect(() => RowSet.of(10, [10])).toThrow(RangeError);
    expect(() => RowSet.all(10).and(RowSet.all(11))).toThrow(RangeError);
  });
});

describe("orderRows", () => {
  const ranks = [2, -1, 0, 2, 1];
  it("sorts by rank both ways, unknown values last, ties in stored order", () => {
    expect(orderRows([0, 1, 2, 3, 4], ranks, false)).toEqual([2, 4, 0, 3, 1]);
    expect(orderRows([0, 1, 2, 3, 4], ranks, true)).toEqual([0, 3, 4, 2, 1]);
  });
  it("keeps the stored order without ranks", () => {
    expect(orderRows([4, 1, 3], undefined, true)).toEqual([4, 1, 3]);
  });
});

describe("explorer files and queries", () => {
  const rows = generateRows(203);
  const files = explorerFiles(spec, rows, labels);
  const index = files.get("index.json") as ExplorerIndex;

  it("index the rows: totals, facet values with counts, shards, text shards by first letters, names", () => {
    expect(index.total).toBe(203);
    expect(files.has("rows-50.json")).toBe(true);
    expect(files.has("rows-51.json")).toBe(false);
    const country = index.facets.find((f) => f.name === "country");
    const tl = rows.filter((r) => cellValues(r[col("countries")], { list: true }).includes("TL")).length;
    expect(country?.values.find((v) => v.key === "TL")?.count).toBe(tl);
    // Years are listed in order, other values by count.
    const years = index.facets.find((f) => f.name === "year")?.values.map((v) => Number(v.key)) ?? [];
    expect(years).toEqual([...years].sort((a, b) => a - b));
    const counts = country?.values.map((v) => v.count) ?? [];
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(Object.keys((files.get("text-tim.json") as { words: object }).words)).toContain("timor");
    expect((files.get("labels-id.json") as Record<string, Record<string, string>>).countries?.PS).toBe(
      "Palestina",
    );
    expect(
      files.has("sort-title-id.json") && files.has("sort-title-en.json") && files.has("sort-year.json"),
    ).toBe(true);
  });

  const states: [string, Partial<ExplorerState>][] = [
    ["nothing chosen", {}],
    ["one country", { filters: { country: ["TL"] } }],
    ["two countries (either)", { filters: { country: ["TL", "KE"] } }],
    ["a region and a type", { filters: { region: ["africa"], type: ["grant"] } }],
    ["a year range", { from: 2013, to: 2016 }],
    ["from a year on", { from: 2019 }],
    ["free text, a prefix", { q: "perik" }],
    ["free text, a country name in Indonesian", { q: "palestina" }],
    ["free text and facets", { q: "Pelatihan", filters: { country: ["FJ"] }, to: 2015 }],
    ["a value no row has", { filters: { country: ["ZZ"] } }],
    ["two words, both needed", { q: "timor sukabumi" }],
  ];

  it.each(states)("select the same rows as a row-by-row check: %s", async (_name, partial) => {
    const state = { ...emptyState(index), ...partial };
    const data = await ExplorerData.open(memoryLoader(files).load, "en");
    const { ordered } = await data.query(state);
    expect(ordered).toEqual(bruteForce(rows, state));
  });

  it.each(states)("count each facet value against the other choices: %s", async (_name, partial) => {
    const state = { ...emptyState(index), ...partial };
    const data = await ExplorerData.open(memoryLoader(files).load, "en");
    for (const facet of spec.facets) {
      const counts = await data.counts(state, facet.name);
      const others = bruteForce(rows, state, facet.name);
      for (const [key, count] of counts) {
        const expected = others.filter((r) =>
          cellValues(rows[r]?.[col(facet.column)], spec.columns[col(facet.column)] ?? {}).includes(key),
        ).length;
        expect([facet.name, key, count]).toEqual([facet.name, key, expected]);
      }
    }
  });

  it.each([
    ["participants", false],
    ["participants", true],
    ["title", false],
    ["year", false],
  ] as const)("sort by %s (descending: %s), unknown values last", async (name, desc) => {
    const data = await ExplorerData.open(memoryLoader(files).load, "id");
    const { ordered } = await data.query({ ...emptyState(index), sort: { name, desc } });
    const cells = (await data.rows(ordered)).map((r) => r[col(name === "title" ? "title_id" : name)] ?? "");
    const known = cells.filter((c) => c !== "");
    expect(cells.slice(known.length).every((c) => c === "")).toBe(true);
    const compare =
      name === "title"
        ? new Intl.Collator("id", { sensitivity: "base", numeric: true }).compare
        : (a: string, b: string) => Number(a) - Number(b);
    const sorted = [...known].sort((a, b) => (desc ? compare(b, a) : compare(a, b)));
    expect(known).toEqual(sorted);
  });

  it("loads only the files a view needs: no facet, sort or shard beyond them", async () => {
    const { load, loads } = memoryLoader(files);
    const data = await ExplorerData.open(load, "en");
    const { ordered } = await data.query({ ...emptyState(index), filters: { country: ["TL"] } });
    await data.rows(ordered.slice(0, 5));
    const names = [...loads.keys()];
    expect(names).toContain("facet-country.json");
    expect(names.filter((n) => n.startsWith("facet-"))).toEqual(["facet-country.json"]);
    expect(names.filter((n) => n.startsWith("sort-"))).toEqual([]);
    expect(names.filter((n) => n.startsWith("rows-")).length).toBeLessThanOrEqual(5);
    // A table page reads the small view shards only.
    const view = await data.viewRows(ordered.slice(0, 3));
    expect(view.map((r) => r.length)).toEqual([5, 5, 5]);
    expect(view.map((r) => r[0])).toEqual((await data.rows(ordered.slice(0, 3))).map((r) => r[0]));
    expect([...loads.keys()].filter((n) => n.startsWith("view-")).length).toBeGreaterThan(0);
    // A second query reuses what is loaded.
    await data.query({ ...emptyState(index), filters: { country: ["FJ"] } });
    expect(loads.get("facet-country.json")).toBe(1);
  });

  it("gives the rows a download needs, with names beside codes in the page's language", async () => {
    const data = await ExplorerData.open(memoryLoader(files).load, "id");
    const state = { ...emptyState(index), filters: { country: ["PS"] } };
    const { ordered } = await data.query(state);
    const table = downloadTable(index.columns, await data.rows(ordered), await data.labels());
    expect(table.header).toEqual([
      "id",
      "title_id",
      "title_en",
      "countries",
      "countries_name",
      "regions",
      "regions_name",
      "type",
      "type_name",
      "year",
      "participants",
    ]);
    expect(table.rows.length).toBe(bruteForce(rows, state).length);
    for (const row of table.rows) {
      expect(row[3]?.split(";")).toContain("PS");
      expect(row[4]?.split(";")).toContain("Palestina");
      expect(row[6]?.split(";")).toContain("Timur Tengah");
    }
    const csv = csvTable(table.header, table.rows, table.numeric);
    expect(csv.split("\r\n")[0]).toBe(table.header.join(","));
    expect(csv.split("\r\n").length).toBe(table.rows.length + 2);
  });
});

describe("csvTable", () => {
  it("neutralises text a spreadsheet would run as a formula, never numbers", () => {
    const csv = csvTable(
      ["title", "amount"],
      [
        ["=HYPERLINK(1)", "-3"],
        ["a, b", "12"],
      ],
      [false, true],
    );
    expect(csv).toBe(`title,amount\r\n"'=HYPERLINK(1)",-3\r\n"a, b",12\r\n`);
  });
});

describe("textTokens", () => {
  it.each([
    ["Timor-Leste", ["timor", "leste"]],
    ["Côte d’Ivoire", ["cote", "d", "ivoire"]],
    ["KSST-0001 ksst 0001", ["ksst", "0001"]],
    ["", []],
  ])("%j → %j", (text, tokens) => {
    expect(textTokens(text)).toEqual(tokens);
  });
});
