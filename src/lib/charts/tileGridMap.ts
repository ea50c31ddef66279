import * as Plot from "@observablehq/plot";
import { formatNumber } from "../format/formatNumber.ts";
import type { ChartContext } from "./chartTypes.ts";
import { binOf, type CountBin, needsLightText, noRecordColour } from "./countBins.ts";
import { tagMarks } from "./markData.ts";
import { toSvgString } from "./toSvgString.ts";

/** One tile to draw: its code, label, cell, count and tooltip. */
export interface Tile {
  code: string;
  short: string;
  col: number;
  row: number;
  value: number;
  tip: string;
}

/** Input of a tile-grid map: one square tile per area, shaded by its count. */
export interface TileGridInput extends ChartContext {
  tiles: readonly Tile[];
  bins: readonly CountBin[];
  /** The column key of the counts in the chart's table. */
  valueKey: string;
}

/**
 * Draws a tile-grid map (one equal square per area, placed to keep rough geography) with each tile's
 * short label and count, shaded by count bins; tiles with nothing on record are pale grey and show
 * no number. Each tile is tagged with its table cell.
 */
export function tileGridMap(input: TileGridInput): string {
  const { tiles, bins, width, lang, document } = input;
  const cols = Math.max(0, ...tiles.map((t) => t.col)) + 1;
  const rows = Math.max(0, ...tiles.map((t) => t.row)) + 1;
  const size = width / cols;
  const fill = (t: Tile) => binOf(t.value, bins)?.colour ?? noRecordColour;
  const ink = (t: Tile) => (needsLightText(fill(t)) ? "#ffffff" : "#1b1f24");
  const labelSize = Math.max(8, Math.min(11, size / 4.6));
  const counted = tiles.filter((t) => t.value > 0);
  const svg = Plot.plot({
    document,
    width,
    height: Math.round(size * rows),
    margin: 0,
    style: { fontFamily: "inherit", overflow: "visible" },
    x: { type: "band", domain: Array.from({ length: cols }, (_, i) => i), axis: null, padding: 0.06 },
    y: { type: "band", domain: Array.from({ length: rows }, (_, i) => i), axis: null, padding: 0.06 },
    marks: [
      Plot.cell(tiles, {
        x: "col",
        y: "row",
        fill,
        rx: 3,
        stroke: (t: Tile) => (t.value > 0 ? "#1b1f24" : "#c9ced6"),
        strokeWidth: 0.5,
        render: tagMarks(tiles, (t) => ({ row: t.code, col: input.valueKey, value: t.value, tip: t.tip })),
      }),
      Plot.text(tiles, {
        x: "col",
        y: "row",
        text: "short",
        fill: ink,
        // Long abbreviations get a smaller size so that they stay inside their tile.
        fontSize: (t: Tile) => Math.min(labelSize, Math.max(7.5, (size * 0.9) / (t.short.length * 0.62))),
        dy: counted.length > 0 ? -labelSize * 0.55 : 0,
      }),
      Plot.text(counted, {
        x: "col",
        y: "row",
        text: (t: Tile) => formatNumber(t.value, lang),
        fill: ink,
        fontSize: labelSize + 2,
        fontWeight: 700,
        dy: labelSize * 0.75,
      }),
    ],
  });
  return toSvgString(svg, input.ariaLabel, input.hrefOf);
}
