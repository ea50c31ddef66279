import { describe, expect, it } from "vitest";
import { countBins } from "../../../src/lib/charts/countBins.ts";
import { provinceTiles } from "../../../src/lib/charts/provinceTiles.ts";
import { tileGridMap } from "../../../src/lib/charts/tileGridMap.ts";
import { expectSvgSnapshot, serverDocument } from "./svgSnapshot.ts";

const counts: Record<string, number> = { "32": 6, "31": 3, "51": 2, "91": 1 };

describe("provinceTiles", () => {
  it.each(["wide", "narrow"] as const)(
    "places the 38 provinces on distinct cells in the %s layout",
    (layout) => {
      expect(provinceTiles).toHaveLength(38);
      expect(new Set(provinceTiles.map((t) => t.code)).size).toBe(38);
      expect(new Set(provinceTiles.map((t) => t[layout].join(","))).size).toBe(38);
    },
  );
});

describe("tileGridMap", () => {
  it.each([
    ["id", 960, "wide"],
    ["en", 324, "narrow"],
  ] as const)("draws every province as a tile in %s at %i px", (lang, width, layout) => {
    const svg = tileGridMap({
      tiles: provinceTiles.map((t) => ({
        code: t.code,
        short: t.short,
        col: t[layout][0],
        row: t[layout][1],
        value: counts[t.code] ?? 0,
        tip: `${t.short}: ${counts[t.code] ?? 0}`,
      })),
      bins: countBins(6, lang),
      valueKey: "activities",
      lang,
      width,
      document: serverDocument(),
      ariaLabel: "Provinces",
    });
    expect(svg.match(/data-row="/g)).toHaveLength(38);
    expect(svg).toMatch(/data-value="6"[^>]*data-row="32"|data-row="32"[^>]*data-value="6"/);
    expect(svg).toContain("JABAR");
    expectSvgSnapshot(`tile-grid-map-${lang}-${width}`, svg);
  });
});
