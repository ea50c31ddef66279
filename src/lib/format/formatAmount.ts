import type { Lang, Qualifier } from "../model.ts";
import { formatNumber } from "./formatNumber.ts";

/** Words for powers of a thousand, largest first: `miliar` / `billion`. */
const scales: readonly { power: number; id: string; en: string }[] = [
  { power: 12, id: "triliun", en: "trillion" },
  { power: 9, id: "miliar", en: "billion" },
  { power: 6, id: "juta", en: "million" },
];

/** How each currency is written before an amount: `Rp` in Indonesian, the ISO code in English. */
const currencySigns: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  IDR: { id: "Rp", en: "IDR" },
  USD: { id: "US$", en: "USD" },
};

/** Returns the sign written before amounts in a currency: `Rp`, `US$`, or the ISO 4217 code. */
export function currencySign(currency: string, lang: Lang): string {
  return currencySigns[currency]?.[lang] ?? currency;
}

/**
 * Formats an amount of money compactly in the page's language, keeping up to two decimals of the
 * scale word: `Rp 2,4 miliar` / `IDR 2.4 billion`, `US$ 2 juta` / `USD 2 million`. Amounts under a
 * million are written in full: `Rp 950.000` / `IDR 950,000`.
 */
export function formatAmount(value: number, currency: string, lang: Lang): string {
  const sign = currencySign(currency, lang);
  const size = Math.abs(value);
  const scale = scales.find((s) => size >= 10 ** s.power);
  if (!scale) return `${sign} ${formatNumber(value, lang, { maximumFractionDigits: 0 })}`;
  return `${sign} ${formatNumber(value / 10 ** scale.power, lang)} ${scale[lang]}`;
}

/** Short marks for qualified amounts in chart labels. */
const qualifierSymbols: Readonly<Record<Qualifier, string>> = {
  "more-than": ">",
  "at-least": "≥",
  approximately: "≈",
};

/** Words for qualified amounts in sentences and tables. */
const qualifierWords: Readonly<Record<Qualifier, Readonly<Record<Lang, string>>>> = {
  "more-than": { id: "lebih dari", en: "more than" },
  "at-least": { id: "sekurang-kurangnya", en: "at least" },
  approximately: { id: "sekitar", en: "about" },
};

/**
 * Prefixes a formatted number with how its source qualifies it: a symbol for chart labels
 * (`≈ Rp 6 miliar`) or words for tables and sentences (`sekitar Rp 6 miliar` / `about IDR 6 billion`).
 * An exact number (no qualifier) is returned unchanged.
 */
export function qualify(
  text: string,
  qualifier: Qualifier | undefined,
  lang: Lang,
  style: "symbol" | "words" = "words",
): string {
  if (!qualifier) return text;
  return style === "symbol"
    ? `${qualifierSymbols[qualifier]} ${text}`
    : `${qualifierWords[qualifier][lang]} ${text}`;
}
