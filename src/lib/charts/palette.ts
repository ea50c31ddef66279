/**
 * The Okabe–Ito palette, distinguishable with the common colour-vision deficiencies, ordered so
 * the first colours have the most contrast against white. Yellow comes last: it is weak on white.
 */
export const categoricalPalette: readonly string[] = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#D55E00",
  "#CC79A7",
  "#56B4E9",
  "#000000",
  "#F0E442",
];

/** The colour of "not found / unknown" categories: a neutral grey that reads as absence. */
export const missingColour = "#8C8C8C";

/** Returns the palette colour for the i-th category, cycling when there are more than eight. */
export function categoricalColour(index: number): string {
  return categoricalPalette[index % categoricalPalette.length] as string;
}
