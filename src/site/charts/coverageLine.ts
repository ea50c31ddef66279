import { type ChartTextKey, chartText, type TextPart } from "../../i18n/chartText.ts";
import { formatNumber } from "../../lib/format/formatNumber.ts";
import type { Lang } from "../../lib/model.ts";
import { type PageKey, pathOf } from "../routes.ts";

/**
 * A chart's coverage line, in the words of `key`: how many of all `total` records the chart could
 * use (`known`, left out when it uses them all), linking to the page that lists them (a page key, or
 * a path already made).
 */
export function coverageLine(
  lang: Lang,
  key: ChartTextKey,
  page: PageKey | string,
  total: number,
  known?: number,
): TextPart {
  const n = (v: number) => formatNumber(v, lang);
  return {
    text: chartText(
      lang,
      key,
      known === undefined ? { total: n(total) } : { known: n(known), total: n(total) },
    ),
    href: typeof page === "string" ? page : pathOf(page, lang),
  };
}
