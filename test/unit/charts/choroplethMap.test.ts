import type { Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { type CountryFeature, choroplethMap } from "../../../src/lib/charts/choroplethMap.ts";
import { countBins } from "../../../src/lib/charts/countBins.ts";
import { roundPath } from "../../../src/lib/charts/roundPath.ts";
import { expectSvgSnapshot, serverDocument } from "./svgSnapshot.ts";

/** A square "country" of `size` degrees with its south-west corner at (lon, lat), wound clockwise. */
function square(code: string, lon: number, lat: number, size = 8): CountryFeature {
  const ring = [
    [lon, lat],
    [lon, lat + size],
    [lon + size, lat + size],
    [lon + size, lat],
    [lon, lat],
  ];
  return {
    type: "Feature",
    geometry: { type: "Polygon", coordinates: [ring] } as Polygon,
    properties: { code, name: code },
  };
}

const features = [square("AA", 20, -10), square("BB", 40, 0), square("ID", 100, -8), square("CC", -80, 30)];

describe("roundPath", () => {
  it("rounds to whole pixels, drops repeated points and collapsed rings", () => {
    expect(roundPath("M1.2,1.4L1.3,1.1L5.6,1.2L5.5,4.4ZM0,0L0,9L0,3Z")).toBe("M1,1L6,1L6,4Z");
    expect(roundPath("M6.5,3L6.5,9L6.5,12Z")).toBe("");
  });
});

describe("choroplethMap", () => {
  it.each([
    ["id", 960],
    ["en", 324],
  ] as const)(
    "shades partner countries by count and marks the home country in %s at %i px",
    (lang, width) => {
      const svg = choroplethMap({
        features,
        values: new Map([
          ["AA", { value: 3, tip: "AA: 3" }],
          ["BB", { value: 1, tip: "BB: 1" }],
          ["TO", { value: 2, tip: "TO: 2" }],
        ]),
        bins: countBins(3, lang),
        home: { code: "ID", colour: "#E69F00", tip: "Indonesia" },
        focus: ["AA", "BB", "TO", "ID"],
        points: [{ code: "TO", lon: 120, lat: -20 }],
        valueKey: "activities",
        centre: 80,
        lang,
        width,
        document: serverDocument(),
        ariaLabel: "Partner countries",
      });
      expect(svg).toMatch(/^<svg[^>]* role="img"/);
      expect(svg.match(/data-col="activities"/g)).toHaveLength(3);
      expect(svg).toContain('fill="#E69F00"');
      for (const d of svg.match(/ d="[^"]*"/g) ?? []) expect(d).not.toMatch(/\./);
      expectSvgSnapshot(`choropleth-map-${lang}-${width}`, svg);
    },
  );
});
