import { Resvg } from "@resvg/resvg-js";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { barChart } from "../../../src/lib/charts/barChart.ts";
import { categoricalColour } from "../../../src/lib/charts/palette.ts";
import { standaloneSvg } from "../../../src/lib/charts/standaloneSvg.ts";
import { xmlMarkup } from "../../../src/lib/charts/xmlMarkup.ts";
import { serverDocument } from "./svgSnapshot.ts";

// Labels that passed validation and broke the PNG step ("malformed entity reference") or were read back
// as markup by the inline SVG.
const labels = [
  "IsDB & Partners",
  "Completed & substantial",
  "&lt;b&gt;bold&lt;/b&gt;",
  'A "quoted" <b>name</b>',
  "Bell\u0007 and ESC\u001b",
  "Line\nbreak",
];

function chart(): string {
  return barChart({
    data: labels.map((_, i) => ({ category: `c${i}`, series: "s", value: i + 1 })),
    categories: labels.map((label, i) => ({ key: `c${i}`, label })),
    series: [{ key: "s", label: "Seri & <i>", colour: categoricalColour(0) }],
    lang: "en",
    width: 640,
    document: serverDocument(),
    xLabel: "Count & <count>",
    ariaLabel: 'Chart of "hostile" & <labels>',
  });
}

describe("chart SVG is written as XML", () => {
  it("is read by resvg, an XML reader, with every label as hostile as the data", () => {
    const svg = chart();
    const standalone = standaloneSvg({
      svg,
      title: "Title & <title>",
      subtitle: "Sub\u0000title",
      legend: [{ label: "Legend & <x>", colour: "#000" }],
      notes: ["Note ]]> & '"],
      source: "Source: https://example.org/?a=1&b=2",
    });
    for (const markup of [svg.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"'), standalone]) {
      expect(() => new Resvg(markup)).not.toThrow();
    }
  });

  it("reads back inline in HTML as the same text, never as markup", () => {
    const { document } = parseHTML(`<!doctype html><html><body>${chart()}</body></html>`);
    expect(document.querySelector("svg b, svg i")).toBeNull();
    const texts = Array.from(document.querySelectorAll("svg text")).map((t) => t.textContent ?? "");
    const all = texts.join("|");
    expect(all).toContain("IsDB & Partners");
    expect(all).toContain("&lt;b&gt;bold&lt;/b&gt;");
    expect(all).toContain("Bell\u2407 and ESC\u241b");
    expect(document.querySelector("svg")?.getAttribute("aria-label")).toBe('Chart of "hostile" & <labels>');
  });
});

describe("xmlMarkup and direction controls", () => {
  it("closes an override in the text node that opens it, so a wrapped label never reverses the next line", () => {
    const { document } = parseHTML(
      "<!doctype html><html><body><svg><text><tspan>\u202eevil first</tspan><tspan>line\u202c</tspan></text></svg></body></html>",
    );
    const svg = document.querySelector("svg");
    if (!svg) throw new Error("no svg");
    expect(xmlMarkup(svg)).toBe(
      "<svg><text><tspan>\u202eevil first\u202c</tspan><tspan>line\u202c</tspan></text></svg>",
    );
  });
});
