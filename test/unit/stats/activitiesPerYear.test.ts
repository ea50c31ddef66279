import { describe, expect, it } from "vitest";
import { activitiesPerYear } from "../../../src/lib/stats/activitiesPerYear.ts";
import { activity } from "./fixtures.ts";

describe("activitiesPerYear", () => {
  const activities = [
    activity("a", { start_date: "2013-04-17", modality: "south-south" }),
    activity("b", { start_date: "2013", modality: "triangular" }),
    activity("c", { start_date: "2016-05", modality: "south-south" }),
    activity("d", { modality: "south-south" }),
    activity("e", { start_date: "2013-11", modality: "south-south" }),
  ];
  const result = activitiesPerYear(activities, (a) => a.modality, ["triangular", "south-south"]);

  it("counts by start year at any precision and by group", () => {
    expect(result.rows).toEqual([
      { year: 2013, group: "triangular", count: 1 },
      { year: 2013, group: "south-south", count: 2 },
      { year: 2016, group: "south-south", count: 1 },
    ]);
  });

  it("keeps every year of the span so gaps are visible", () => {
    expect(result.years).toEqual([2013, 2014, 2015, 2016]);
  });

  it("lists undated activities apart instead of guessing a year", () => {
    expect(result.undated).toEqual(["d"]);
  });

  it("orders groups as asked", () => {
    expect(result.groups).toEqual(["triangular", "south-south"]);
  });

  it("returns nothing for no activities", () => {
    expect(activitiesPerYear([], (a) => a.type)).toEqual({ rows: [], years: [], groups: [], undated: [] });
  });
});
