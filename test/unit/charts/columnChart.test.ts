import { describe, expect, it } from "vitest";
import { columnChart } from "../../../src/lib/charts/columnChart.ts";
import { categoricalColour } from "../../../src/lib/charts/palette.ts";
import { expectSvgSnapshot, serverDocument } from "./svgSnapshot.ts";

const categories = ["2010", "2011", "2012", "2013", "2014", "2015", "2016", "2017"];
const data = [
  { category: "2010", series: "south-south", value: 1 },
  { category: "2013", series: "south-south", value: 4 },
  { category: "2013", series: "triangular", value: 1 },
  { category: "2016", series: "south-south", value: 2 },
  { category: "2016", series: "triangular", value: 2 },
  { category: "2017", series: "south-south", value: 1234 },
];
const series = [
  { key: "south-south", label: "Selatan-Selatan", colour: categoricalColour(0) },
  { key: "triangular", label: "Triangular", colour: categoricalColour(1) },
];

describe("columnChart", () => {
  it.each([
    ["id", 720],
    ["en", 360],
  ] as const)("renders stacked columns in %s at %i px", (lang, width) => {
    const svg = columnChart({
      data,
      categories,
      series,
      lang,
      width,
      document: serverDocument(),
      yLabel: lang === "id" ? "Kegiatan" : "Activities",
      ariaLabel: "Activities per year",
    });
    expect(svg).toMatch(/^<svg[^>]* role="img"/);
    expect(svg).toContain(lang === "id" ? "1.234" : "1,234");
    expectSvgSnapshot(`column-chart-${lang}-${width}`, svg);
  });

  it("draws no bars for an empty series", () => {
    const svg = columnChart({
      data: [],
      categories: [],
      series,
      lang: "en",
      width: 360,
      document: serverDocument(),
      yLabel: "Activities",
      ariaLabel: "No activities",
    });
    expect(svg).not.toContain("<rect");
  });
});
