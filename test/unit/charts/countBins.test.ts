import { describe, expect, it } from "vitest";
import { binOf, countBins, sequentialBlues } from "../../../src/lib/charts/countBins.ts";

describe("countBins", () => {
  it("gives one bin per count while there are few, from light to dark", () => {
    const bins = countBins(4, "en");
    expect(bins.map((b) => b.label)).toEqual(["1", "2", "3", "4"]);
    expect(bins[0]?.colour).toBe(sequentialBlues[0]);
    expect(bins.at(-1)?.colour).toBe(sequentialBlues.at(-1));
  });

  it.each([
    [6, ["1", "2", "3–4", "5+"]],
    [20, ["1", "2", "3–4", "5–8", "9+"]],
    [1, ["1"]],
  ] as const)("splits counts up to %i into doubling ranges", (max, labels) => {
    expect(countBins(max, "id").map((b) => b.label)).toEqual(labels);
  });

  it("puts every count in a bin and 0 in none (nothing on record)", () => {
    const bins = countBins(20, "en");
    expect(binOf(0, bins)).toBeUndefined();
    expect(binOf(4, bins)?.label).toBe("3–4");
    expect(binOf(100, bins)?.label).toBe("9+");
  });
});
