import { describe, expect, it } from "vitest";
import { searchIndexLine } from "../../../bench/siteBench.ts";
import { searchIndexLogLine } from "../../../src/node/searchIntegration.ts";

describe("the site benchmark reads the build's search index line", () => {
  it("reads back what the build logs, with Pagefind's usage", () => {
    const log = `12:00:01 [ksst-search-index] ${searchIndexLogLine(22515, 6, { cpuSeconds: 41.26, peakMB: 812.4 })}\n`;
    expect(searchIndexLine(`[build] 22515 page(s) built\n${log}[build] Complete!`)).toEqual({
      pages: 22515,
      bundles: 6,
      pagefind: { cpuSeconds: 41.3, peakMB: 812 },
    });
  });

  it("reads a line that also says how many Pagefind processes ran at once", () => {
    const line = searchIndexLogLine(
      22515,
      6,
      { cpuSeconds: 41.26, peakMB: 812.4, concurrentPeakMB: 1500.2 },
      2,
    );
    expect(line).toBe(
      "Search index: 22515 pages in 6 bundles; Pagefind: 41.3 s CPU, peak 812 MB, 2 processes at once, together at most 1500 MB",
    );
    expect(searchIndexLine(line)).toEqual({
      pages: 22515,
      bundles: 6,
      pagefind: { cpuSeconds: 41.3, peakMB: 812 },
    });
  });

  it("reads a line without Pagefind's usage, and nothing from a log without the line", () => {
    expect(searchIndexLine(searchIndexLogLine(40, 2))).toEqual({ pages: 40, bundles: 2 });
    expect(searchIndexLine("[build] Complete!")).toBeUndefined();
  });
});
