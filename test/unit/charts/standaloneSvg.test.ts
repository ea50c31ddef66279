import { describe, expect, it } from "vitest";
import { barChart } from "../../../src/lib/charts/barChart.ts";
import { standaloneSvg } from "../../../src/lib/charts/standaloneSvg.ts";
import { expectSvgSnapshot, serverDocument } from "./svgSnapshot.ts";

describe("standaloneSvg", () => {
  it("puts title, legend, notes and source around the chart in one self-contained file", () => {
    const chart = barChart({
      data: [
        { category: "a", series: "x", value: 2 },
        { category: "b", series: "x", value: 1 },
      ],
      categories: [
        { key: "a", label: "Pelatihan" },
        { key: "b", label: "Lokakarya" },
      ],
      series: [{ key: "x", label: "Selatan-Selatan", colour: "#0072B2" }],
      lang: "id",
      width: 560,
      document: serverDocument(),
      xLabel: "Kegiatan",
      ariaLabel: "Kegiatan menurut jenis",
    });
    const svg = standaloneSvg({
      svg: chart,
      title: "Kegiatan menurut jenis & modalitas",
      subtitle:
        "Kegiatan KSST yang tercatat menurut jenis kerja sama, ditumpuk menurut modalitas. Satuan: jumlah kegiatan.",
      legend: [
        { label: "Selatan-Selatan", colour: "#0072B2" },
        { label: "Perkiraan", colour: "#0072B2", style: "outline" },
      ],
      notes: ["Cakupan: seluruh 28 kegiatan."],
      source:
        "Sumber: KSST Terbuka (Kegiatan KSST). KSST Terbuka · CC BY 4.0 · https://example.org/id/grafik/x/",
    });
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain("jenis &amp; modalitas");
    expectSvgSnapshot("standalone-svg-id", svg);
  });

  it("escapes its texts with the one XML escaping (apostrophes and quotes too)", () => {
    const svg = standaloneSvg({
      svg: '<svg width="400" height="100"></svg>',
      title: `Women's "share" <by> sector & year`,
      subtitle: "",
      legend: [{ label: "Men's", colour: "#0072B2" }],
      notes: [],
      source: "",
    });
    expect(svg).toContain("Women&apos;s &quot;share&quot; &lt;by&gt; sector &amp; year");
    expect(svg).toContain("Men&apos;s");
  });
});
