import * as Plot from "@observablehq/plot";
import { ticks } from "d3";
import { currencySign, formatAmount, qualify } from "../format/formatAmount.ts";
import { formatNumber } from "../format/formatNumber.ts";
import type { Lang, Qualifier } from "../model.ts";
import type { ChartContext } from "./chartTypes.ts";
import { tagMarks } from "./markData.ts";
import { toSvgString } from "./toSvgString.ts";
import { wrapText } from "./wrapText.ts";

/** One amount drawn as a bar: a record's key, label, amount and how its source qualifies it. */
export interface AmountBar {
  key: string;
  label: string;
  value: number;
  qualifier?: Qualifier;
  tip: string;
}

/** A panel of amounts of one currency and one amount type, never summed with other panels. */
export interface AmountPanel {
  key: string;
  title: string;
  currency: string;
  bars: readonly AmountBar[];
}

/** Input of the small multiples of amounts: one panel per amount type and currency. */
export interface AmountPanelsInput extends ChartContext {
  panels: readonly AmountPanel[];
  /** Whether all panels share one scale (same currency and type) or each has its own. */
  sharedScale: boolean;
  colour: string;
  /** The column key of the amounts in the chart's table. */
  valueKey: string;
}

const barStep = 30;
const headerHeight = 26;
const axisHeight = 30;
const panelGap = 14;

/** Powers of a thousand named on axes, largest first: ticks read `100` under "Rp miliar". */
const scaleWords: readonly { power: number; id: string; en: string }[] = [
  { power: 12, id: "triliun", en: "trillion" },
  { power: 9, id: "miliar", en: "billion" },
  { power: 6, id: "juta", en: "million" },
];

/** Returns the axis unit for amounts up to `max`: its divisor and label (`Rp miliar` / `IDR billion`). */
function axisUnit(max: number, currency: string, lang: Lang): { divisor: number; label: string } {
  const scale = scaleWords.find((s) => max >= 10 ** s.power);
  const sign = currencySign(currency, lang);
  return scale
    ? { divisor: 10 ** scale.power, label: `${sign} ${scale[lang]}` }
    : { divisor: 1, label: sign };
}

/** Approximate width of a label in 12 px system-ui text. */
function labelWidth(label: string): number {
  return Math.ceil(label.length * 6.4);
}

/**
 * Draws amounts as small multiples of horizontal bars: one titled panel per amount type and currency,
 * each bar one record, labelled with its compact amount (`Rp 2,4 miliar`). Amounts a source qualifies
 * ("about", "more than") are drawn lighter with a dashed outline and marked `≈` or `>`. Nothing is
 * summed. Returns one SVG with the panels stacked.
 */
export function amountPanels(input: AmountPanelsInput): string {
  const { panels, width, lang, document, colour } = input;
  const allBars = panels.flatMap((p) => p.bars);
  const marginLeft = Math.min(
    Math.round(width * 0.45),
    12 + Math.max(0, ...allBars.map((b) => labelWidth(b.label))),
  );
  const sharedMax = Math.max(1, ...allBars.map((b) => b.value));
  // Room on the right for the longest value label ("≈ Rp 523,56 miliar").
  const marginRight =
    10 +
    Math.max(
      0,
      ...panels.flatMap((p) =>
        p.bars.map(
          (b) =>
            labelWidth(qualify(formatAmount(b.value, p.currency, lang), b.qualifier, lang, "symbol")) * 0.9,
        ),
      ),
    );
  const root = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  let y = 0;
  for (const panel of panels) {
    const max = input.sharedScale ? sharedMax : Math.max(1, ...panel.bars.map((b) => b.value));
    const unit = axisUnit(max, panel.currency, lang);
    const xTicks = ticks(0, max, width < 500 ? 3 : 5);
    // Each band is tall enough for its longest wrapped label (13 px lines); bars stay about 20 px thick.
    const charsPerLine = Math.max(8, Math.floor((marginLeft - 12) / 6.4));
    const lines = Math.max(1, ...panel.bars.map((b) => wrapText(b.label, charsPerLine).length));
    const step = Math.max(barStep, 10 + lines * 13);
    const height = axisHeight + panel.bars.length * step + 6;
    const title = document.createElementNS("http://www.w3.org/2000/svg", "text");
    title.setAttribute("x", "0");
    title.setAttribute("y", String(y + 16));
    title.setAttribute("font-weight", "700");
    title.setAttribute("font-size", "13");
    title.setAttribute("fill", "currentColor");
    title.textContent = panel.title;
    root.append(title);
    const bars = panel.bars;
    const plot = Plot.plot({
      document,
      width,
      height,
      marginLeft,
      marginRight,
      marginTop: axisHeight,
      marginBottom: 6,
      style: { fontSize: "12px", fontFamily: "inherit", overflow: "visible" },
      y: {
        type: "band",
        domain: bars.map((b) => b.key),
        axis: null,
        label: null,
        padding: Math.max(0.22, 1 - 22 / step),
      },
      x: {
        axis: "top",
        domain: [0, Math.max(max, xTicks.at(-1) ?? max)],
        ticks: xTicks,
        grid: true,
        label: unit.label,
        labelAnchor: "right",
        labelArrow: "none",
        tickFormat: (d: number) => formatNumber(d / unit.divisor, lang),
      },
      marks: [
        Plot.barX(bars, {
          y: "key",
          x: "value",
          fill: colour,
          fillOpacity: (b: AmountBar) => (b.qualifier ? 0.4 : 1),
          stroke: (b: AmountBar) => (b.qualifier ? colour : "none"),
          strokeWidth: 1.2,
          strokeDasharray: "4,2",
          render: tagMarks(bars, (b) => ({ row: b.key, col: input.valueKey, value: b.value, tip: b.tip })),
        }),
        Plot.text(bars, {
          y: "key",
          x: "value",
          text: (b: AmountBar) =>
            qualify(formatAmount(b.value, panel.currency, lang), b.qualifier, lang, "symbol"),
          dx: 5,
          textAnchor: "start",
          fontSize: 11,
        }),
        Plot.axisY({
          tickSize: 0,
          tickFormat: (key: string) => bars.find((b) => b.key === key)?.label ?? key,
          lineWidth: (marginLeft - 12) / 13,
        }),
        Plot.ruleX([0]),
      ],
    });
    plot.setAttribute("y", String(y + headerHeight));
    plot.setAttribute("x", "0");
    root.append(plot);
    y += headerHeight + height + panelGap;
  }
  const total = Math.max(1, y - panelGap);
  root.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(total));
  root.setAttribute("viewBox", `0 0 ${width} ${total}`);
  root.setAttribute("font-family", "system-ui, sans-serif");
  root.setAttribute("font-size", "12");
  root.setAttribute("style", "overflow: visible; max-width: 100%; height: auto");
  return toSvgString(root, input.ariaLabel, input.hrefOf);
}
