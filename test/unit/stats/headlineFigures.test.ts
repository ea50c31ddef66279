import { describe, expect, it } from "vitest";
import { yearOf } from "../../../src/lib/partialDate.ts";
import { countBy } from "../../../src/lib/stats/countBy.ts";
import { groupActivitiesBy } from "../../../src/lib/stats/groupActivitiesBy.ts";
import { headlineFigures } from "../../../src/lib/stats/headlineFigures.ts";
import { provincesOf } from "../../../src/lib/stats/provincesOf.ts";
import { activity, commitment } from "./fixtures.ts";

const partner = { participants_basis: "partner-countries" } as const;
const activities = [
  activity("a", { recipient_countries: ["TZ", "KE"], participants_total: 12, provinces: ["32"], ...partner }),
  activity("b", { recipient_countries: ["KE", "AF"], regencies: ["32.02", "73.71"] }),
  activity("c", { participants_total: 0, ...partner }),
  activity("d", { participants_total: 11, participants_basis: "including-indonesia" }),
];

describe("headlineFigures", () => {
  const figures = headlineFigures(activities, [commitment("ID0121", "2020-2022")]);

  it("counts distinct recipient countries and provinces (including those of regencies)", () => {
    expect(figures.recipientCountries).toEqual(["AF", "KE", "TZ"]);
    expect(figures.provinces).toEqual(["32", "73"]);
  });

  it("sums participants from partner countries only where known, and keeps other bases apart", () => {
    expect(figures.participants).toEqual({ total: 12, knownIds: ["a", "c"], of: 4, otherBasisIds: ["d"] });
  });

  it("counts activities and commitments", () => {
    expect(figures.activities).toBe(4);
    expect(figures.commitments).toBe(1);
  });
});

describe("provincesOf", () => {
  it("merges listed provinces with those of listed regencies", () => {
    expect(provincesOf(activity("x", { provinces: ["73"], regencies: ["32.02", "73.71"] }))).toEqual([
      "32",
      "73",
    ]);
  });
});

describe("groupActivitiesBy", () => {
  it("lists each activity under every value, keys sorted", () => {
    const groups = groupActivitiesBy(activities, (a) => a.recipient_countries);
    expect([...groups.entries()]).toEqual([
      ["AF", ["b"]],
      ["KE", ["a", "b"]],
      ["TZ", ["a"]],
    ]);
  });
});

describe("countBy", () => {
  it("follows the given order, then sorts the rest, and counts missing keys only when asked", () => {
    const records = [{ k: "b" }, { k: "a" }, { k: undefined }, { k: "c" }, { k: "b" }];
    expect(countBy(records, (r) => r.k, { order: ["c", "b"] })).toEqual([
      { key: "c", count: 1 },
      { key: "b", count: 2 },
      { key: "a", count: 1 },
    ]);
    expect(countBy(records, (r) => r.k, { missingKey: "?" }).find((c) => c.key === "?")?.count).toBe(1);
  });
});

describe("yearOf", () => {
  it.each([
    ["2016", 2016],
    ["2016-05", 2016],
    ["2016-05-21", 2016],
    [undefined, undefined],
  ])("reads the year of %s", (value, expected) => {
    expect(yearOf(value)).toBe(expected);
  });
});
