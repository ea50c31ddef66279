import { describe, expect, it } from "vitest";
import { formatBytes } from "../../../src/lib/format/formatBytes.ts";
import { formatNumber } from "../../../src/lib/format/formatNumber.ts";

describe("formatNumber", () => {
  it.each([
    [1234.5, "id", "1.234,5"],
    [1234.5, "en", "1,234.5"],
    [0, "id", "0"],
    [3_000_000_000_000, "id", "3.000.000.000.000"],
    [140.45, "en", "140.45"],
    [2.125, "id", "2,13"],
  ] as const)("formats %d in %s as %s", (value, lang, expected) => {
    expect(formatNumber(value, lang)).toBe(expected);
  });

  it("passes Intl options through", () => {
    expect(formatNumber(0.387, "id", { style: "percent", maximumFractionDigits: 1 })).toBe("38,7%");
  });
});

describe("formatBytes", () => {
  it.each([
    [812, "id", "812 B"],
    [12_595, "id", "12,3 KB"],
    [12_595, "en", "12.3 KB"],
    [5 * 1024 * 1024, "en", "5 MB"],
  ] as const)("formats %d bytes in %s as %s", (bytes, lang, expected) => {
    expect(formatBytes(bytes, lang)).toBe(expected);
  });
});
