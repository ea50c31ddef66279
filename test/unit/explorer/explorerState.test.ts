import { describe, expect, it } from "vitest";
import {
  emptyState,
  explorerQuery,
  isFiltered,
  parseExplorerState,
} from "../../../src/lib/explorer/explorerState.ts";
import { spec } from "./fixtures.ts";

describe("explorer state in the URL", () => {
  it.each([
    ["", ""],
    ["?country=TL", "?country=TL"],
    ["?country=TL&country=FJ&type=grant", "?country=FJ&country=TL&type=grant"],
    ["?type=grant&country=TL", "?country=TL&type=grant"],
    ["?from=2015&to=2018", "?from=2015&to=2018"],
    ["?from=2018&to=2015", "?from=2015&to=2018"],
    ["?q=%20timor%20&sort=-title&page=3", "?q=timor&sort=-title&page=3"],
    ["?sort=-year", ""],
    ["?sort=year", "?sort=year"],
    ["?sort=nonsense&page=zero&from=abc&colour=red&country=", ""],
    ["?page=-4", ""],
    ["?country=TL&country=TL", "?country=TL"],
  ])("%s reads and writes back as %s", (query, canonical) => {
    expect(explorerQuery(parseExplorerState(query, spec), spec)).toBe(canonical);
  });

  it("reads every part of a shared link", () => {
    const state = parseExplorerState("?q=sukabumi&region=africa&from=2016&sort=participants&page=2", spec);
    expect(state).toEqual({
      filters: { region: ["africa"] },
      from: 2016,
      q: "sukabumi",
      sort: { name: "participants", desc: false },
      page: 2,
    });
    expect(isFiltered(state)).toBe(true);
    expect(isFiltered({ ...emptyState(spec), sort: { name: "title", desc: false }, page: 4 })).toBe(false);
  });
});
