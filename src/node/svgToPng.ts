import { Resvg } from "@resvg/resvg-js";

/**
 * Rasterises an SVG to PNG at twice its size (sharp on high-density screens and in print) with resvg,
 * using the machine's fonts: Liberation Sans (Arial's metrics, as the labels were measured for) or
 * DejaVu Sans, both Debian packages that Chromium brings along.
 */
export function svgToPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: 2 },
    background: "#ffffff",
    font: {
      loadSystemFonts: true,
      defaultFontFamily: "Liberation Sans",
      sansSerifFamily: "Liberation Sans",
    },
  });
  return resvg.render().asPng();
}
