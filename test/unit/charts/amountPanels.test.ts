import { describe, expect, it } from "vitest";
import { amountPanels } from "../../../src/lib/charts/amountPanels.ts";
import { categoricalColour } from "../../../src/lib/charts/palette.ts";
import { expectSvgSnapshot, serverDocument } from "./svgSnapshot.ts";

const panels = [
  {
    key: "target-IDR",
    title: "Target (IDR)",
    currency: "IDR",
    bars: [
      { key: "f-1", label: "Grant target 2023", value: 307_250_000_000, tip: "Grant target 2023" },
      { key: "f-2", label: "Grant target 2024", value: 413_280_000_000, tip: "Grant target 2024" },
    ],
  },
  {
    key: "committed-IDR",
    title: "Committed (IDR)",
    currency: "IDR",
    bars: [
      {
        key: "f-3",
        label: "Vanuatu, 2024",
        value: 6_000_000_000,
        qualifier: "approximately" as const,
        tip: "About 6",
      },
      {
        key: "f-4",
        label: "Solomon Islands",
        value: 1_200_000_000,
        qualifier: "more-than" as const,
        tip: "> 1.2",
      },
    ],
  },
  {
    key: "pledged-USD",
    title: "Pledged (USD)",
    currency: "USD",
    bars: [{ key: "f-5", label: "Palestine, 2019", value: 2_000_000, tip: "USD 2 million" }],
  },
];

describe("amountPanels", () => {
  it.each([
    ["id", 560],
    ["en", 324],
  ] as const)("draws one panel per amount type and currency in %s at %i px", (lang, width) => {
    const svg = amountPanels({
      panels,
      sharedScale: false,
      colour: categoricalColour(0),
      valueKey: "amount",
      lang,
      width,
      document: serverDocument(),
      ariaLabel: "Amounts",
    });
    expect(svg).toMatch(/^<svg[^>]* role="img"/);
    expect(svg.match(/data-col="amount"/g)).toHaveLength(5);
    expect(svg).toContain(lang === "id" ? "≈ Rp 6 miliar" : "≈ IDR 6 billion");
    expect(svg).toContain(lang === "id" ? "US$ 2 juta" : "USD 2 million");
    expectSvgSnapshot(`amount-panels-${lang}-${width}`, svg);
  });
});
