import { existsSync } from "node:fs";
import { type ResvgRenderOptions, renderAsync } from "@resvg/resvg-js";

// Liberation Sans (Arial's metrics, as the labels were measured for) or DejaVu Sans, both Debian
// packages that Chromium brings along. Loading the named files only is cheaper than scanning every
// system font for each image; without them resvg looks through the system fonts.
const fontFiles = [
  "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
  "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
].filter((path) => existsSync(path));

const options: ResvgRenderOptions = {
  fitTo: { mode: "zoom", value: 2 },
  background: "#ffffff",
  font: {
    ...(fontFiles.length > 0 ? { loadSystemFonts: false, fontFiles } : { loadSystemFonts: true }),
    defaultFontFamily: "Liberation Sans",
    sansSerifFamily: "Liberation Sans",
  },
};

/**
 * Rasterises an SVG to PNG at twice its size (sharp on high-density screens and in print) with resvg,
 * on a thread of its own (resvg's `renderAsync`), so pages keep rendering meanwhile.
 */
export async function svgToPng(svg: string): Promise<Uint8Array> {
  return (await renderAsync(svg, options)).asPng();
}
