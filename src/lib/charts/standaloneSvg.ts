import { escapeXml } from "../text/escapeXml.ts";
import { svgSize } from "./svgSize.ts";
import { wrapText } from "./wrapText.ts";

/** What a downloaded chart image shows around the chart itself. */
export interface StandaloneInput {
  /** The chart's SVG markup as drawn for the page. */
  svg: string;
  title: string;
  subtitle: string;
  legend: readonly { label: string; colour: string; style?: "fill" | "outline" }[];
  notes: readonly string[];
  /** The source line with the publisher, licence and the chart page's URL. */
  source: string;
}

/** Fonts for the standalone file: the system's UI font, else common sans-serif fonts that renderers have. */
export const standaloneFonts =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif";

const ink = "#1b1f24";
const muted = "#4a5361";
const pad = 20;

/**
 * Writes a self-contained SVG file of a chart, as a journalist downloads it: title, subtitle and
 * legend above the chart, notes and the source (publisher, licence, URL) below, on a white ground,
 * with explicit fonts and colours so that it renders the same outside the site (and in resvg).
 */
export function standaloneSvg(input: StandaloneInput): string {
  const chart = svgSize(input.svg);
  const width = Math.max(chart.width, 360) + pad * 2;
  const chars = (size: number) => Math.floor((width - pad * 2) / (size * 0.56));
  const parts: string[] = [];
  let y = pad;
  const lines = (text: string, size: number, colour: string, weight = 400) => {
    for (const line of wrapText(text, chars(size))) {
      y += size * 1.3;
      parts.push(
        `<text x="${pad}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${colour}">${escapeXml(line)}</text>`,
      );
    }
  };
  lines(input.title, 18, ink, 700);
  y += 4;
  lines(input.subtitle, 12.5, muted);
  if (input.legend.length > 0) {
    y += 10;
    let x = pad;
    let row = y;
    for (const item of input.legend) {
      const itemWidth = 22 + item.label.length * 6.6;
      if (x > pad && x + itemWidth > width - pad) {
        x = pad;
        row += 18;
      }
      const swatch =
        item.style === "outline"
          ? `fill="${item.colour}" fill-opacity="0.4" stroke="${item.colour}" stroke-dasharray="3,2"`
          : `fill="${item.colour}"`;
      parts.push(`<rect x="${x}" y="${row}" width="12" height="12" rx="2" ${swatch}/>`);
      parts.push(
        `<text x="${x + 17}" y="${row + 10.5}" font-size="12" fill="${ink}">${escapeXml(item.label)}</text>`,
      );
      x += itemWidth + 12;
    }
    y = row + 14;
  }
  y += 12;
  const chartSvg = input.svg.replace(/^<svg\b/, `<svg x="${pad}" y="${y.toFixed(1)}"`);
  parts.push(chartSvg);
  y += chart.height + 8;
  for (const note of input.notes) lines(note, 11.5, muted);
  y += 4;
  lines(input.source, 11, muted);
  const height = Math.ceil(y + pad);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${standaloneFonts}" color="${ink}" style="color:${ink}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${parts.join("")}</svg>\n`
  );
}
