import { describe, expect, it } from "vitest";
import { formatAmount, qualify } from "../../../src/lib/format/formatAmount.ts";

describe("formatAmount", () => {
  it.each([
    [2_400_000_000, "IDR", "id", "Rp 2,4 miliar"],
    [2_400_000_000, "IDR", "en", "IDR 2.4 billion"],
    [140_450_000_000, "IDR", "id", "Rp 140,45 miliar"],
    [8_000_000_000_000, "IDR", "en", "IDR 8 trillion"],
    [2_000_000, "USD", "id", "US$ 2 juta"],
    [2_000_000, "USD", "en", "USD 2 million"],
    [950_000, "IDR", "id", "Rp 950.000"],
    [1_500, "EUR", "en", "EUR 1,500"],
  ] as const)("formats %d %s in %s as %s", (value, currency, lang, expected) => {
    expect(formatAmount(value, currency, lang)).toBe(expected);
  });
});

describe("qualify", () => {
  it.each([
    ["Rp 6 miliar", "approximately", "id", "symbol", "≈ Rp 6 miliar"],
    ["Rp 1,2 miliar", "more-than", "id", "words", "lebih dari Rp 1,2 miliar"],
    ["IDR 1.2 billion", "at-least", "en", "words", "at least IDR 1.2 billion"],
    ["IDR 1.2 billion", "more-than", "en", "symbol", "> IDR 1.2 billion"],
    ["IDR 3 billion", undefined, "en", "words", "IDR 3 billion"],
  ] as const)("qualifies %s (%s) in %s with %s", (text, qualifier, lang, style, expected) => {
    expect(qualify(text, qualifier, lang, style)).toBe(expected);
  });
});
