import { formatNumber } from "../format/formatNumber.ts";
import type { Lang } from "../model.ts";

/** A range of counts drawn in one colour, with its legend label (`3–4`, `5+`). */
export interface CountBin {
  min: number;
  /** The largest count in the bin; undefined for the last, open bin. */
  max: number | undefined;
  colour: string;
  label: string;
}

/**
 * Sequential blues (ColorBrewer "Blues", one hue, so they read in order with any colour vision),
 * light to dark; white text is used on the two darkest.
 */
export const sequentialBlues: readonly string[] = ["#c6dbef", "#6baed6", "#2171b5", "#08519c", "#08306b"];

/** The colour of places with nothing on record: a pale grey, apart from the blues. */
export const noRecordColour = "#eceff3";

/**
 * Splits counts from 1 to `max` into at most five bins of whole numbers, each with its own blue:
 * one bin per count while they fit, otherwise doubling ranges (`1`, `2`, `3–4`, `5–8`, `9+`).
 */
export function countBins(max: number, lang: Lang): CountBin[] {
  const n = (v: number) => formatNumber(v, lang);
  const ranges: [number, number | undefined][] = [];
  if (max <= sequentialBlues.length) {
    for (let v = 1; v <= Math.max(1, max); v += 1) ranges.push([v, v]);
  } else {
    let lower = 1;
    for (let i = 0; i < sequentialBlues.length - 1 && 2 ** i < max; i += 1) {
      const upper = Math.max(lower, 2 ** i);
      ranges.push([lower, upper]);
      lower = upper + 1;
    }
    ranges.push([lower, undefined]);
  }
  // Spread the colours over the scale so that few bins still run from light to dark.
  const step = ranges.length > 1 ? (sequentialBlues.length - 1) / (ranges.length - 1) : 0;
  return ranges.map(([min, maxOf], i) => ({
    min,
    max: maxOf,
    colour: sequentialBlues[Math.round(i * step)] ?? (sequentialBlues[0] as string),
    label: maxOf === undefined ? `${n(min)}+` : min === maxOf ? n(min) : `${n(min)}–${n(maxOf)}`,
  }));
}

/** Returns the bin of a count, or undefined for 0 (nothing on record). */
export function binOf(count: number, bins: readonly CountBin[]): CountBin | undefined {
  if (count <= 0) return undefined;
  return bins.find((b) => count >= b.min && (b.max === undefined || count <= b.max)) ?? bins.at(-1);
}

/** Tells whether text on a bin's colour should be white (the darker blues) for contrast. */
export function needsLightText(colour: string): boolean {
  const index = sequentialBlues.indexOf(colour);
  return index >= 2;
}
