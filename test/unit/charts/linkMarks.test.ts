import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { countBins } from "../../../src/lib/charts/countBins.ts";
import { provinceTiles } from "../../../src/lib/charts/provinceTiles.ts";
import { tileGridMap } from "../../../src/lib/charts/tileGridMap.ts";
import { serverDocument } from "./svgSnapshot.ts";

const counts: Record<string, number> = { "32": 6, "31": 3 };

describe("linked marks", () => {
  it("give the tiles of provinces with a page its address, and leave the chart one image", () => {
    const svg = tileGridMap({
      tiles: provinceTiles.map((t) => ({
        code: t.code,
        short: t.short,
        col: t.wide[0],
        row: t.wide[1],
        value: counts[t.code] ?? 0,
        tip: t.short,
      })),
      bins: countBins(6, "en"),
      valueKey: "activities",
      lang: "en",
      width: 960,
      document: serverDocument(),
      ariaLabel: "Provinces",
      hrefOf: (code) => (counts[code] ? `/en/provinces/${code}/` : undefined),
    });
    const { document } = parseHTML(`<body>${svg}</body>`);
    const linked = [...document.querySelectorAll("[data-href]")];
    expect(linked.map((el) => [el.getAttribute("data-row"), el.getAttribute("data-href")]).sort()).toEqual([
      ["31", "/en/provinces/31/"],
      ["32", "/en/provinces/32/"],
    ]);
    expect(document.querySelectorAll("a").length).toBe(0);
    expect(document.querySelector("svg")?.getAttribute("role")).toBe("img");
    expect(document.querySelectorAll("[data-row]").length).toBe(provinceTiles.length);
  });
});
