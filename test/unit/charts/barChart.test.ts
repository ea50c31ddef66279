import { describe, expect, it } from "vitest";
import { barChart } from "../../../src/lib/charts/barChart.ts";
import { categoricalColour, missingColour } from "../../../src/lib/charts/palette.ts";
import { expectSvgSnapshot, serverDocument } from "./svgSnapshot.ts";

const categories = [
  { key: "2018-2020", label: "Rencana Aksi 2018–2020" },
  { key: "2020-2022", label: "Rencana Aksi Nasional Keterbukaan Pemerintah 2020–2022" },
];
const data = [
  { category: "2018-2020", series: "High", value: 2 },
  { category: "2018-2020", series: "Low", value: 1 },
  { category: "2018-2020", series: "", value: 2 },
  { category: "2020-2022", series: "High", value: 1 },
  { category: "2020-2022", series: "", value: 5 },
];
const series = [
  { key: "High", label: "High", colour: categoricalColour(0) },
  { key: "Low", label: "Low", colour: categoricalColour(1) },
  { key: "", label: "Tidak ditemukan", colour: missingColour },
];

describe("barChart", () => {
  it.each([
    ["id", 720],
    ["en", 360],
  ] as const)("renders stacked bars in %s at %i px", (lang, width) => {
    const svg = barChart({
      data,
      categories,
      series,
      lang,
      width,
      document: serverDocument(),
      xLabel: lang === "id" ? "Komitmen" : "Commitments",
      ariaLabel: "Commitments per action plan",
    });
    expect(svg).toMatch(/^<svg[^>]* role="img"/);
    expect(svg.match(/<rect/g)?.length).toBe(data.length);
    expectSvgSnapshot(`bar-chart-${lang}-${width}`, svg);
  });
});
