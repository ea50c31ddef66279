import { chartText } from "../../i18n/chartText.ts";
import type { CountBin } from "../../lib/charts/countBins.ts";
import type { Lang } from "../../lib/model.ts";
import type { LegendItem } from "./chartDefinition.ts";

/** Returns the legend of a map's count bins: one swatch per bin, "1 activity" or "3–4 activities". */
export function binLegend(bins: readonly CountBin[], lang: Lang): LegendItem[] {
  return bins.map((b) => ({
    label: chartText(lang, b.min === 1 && b.max === 1 ? "legend.activity" : "legend.activities", {
      range: b.label,
    }),
    colour: b.colour,
  }));
}
