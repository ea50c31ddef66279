import { describe, expect, it } from "vitest";
import { planComputedCounts } from "../../../src/lib/commitments/planComputedCounts.ts";
import type { Commitment } from "../../../src/lib/model.ts";
import { commitment, milestone } from "./fixtures.ts";

const records: Commitment[] = [
  commitment("ID1", "2018-2020", {
    irm: { ambition: "High", early_results: "No IRM Data", source_ids: [] },
    milestones: [milestone("m1"), milestone("m2", { due_date: "2020-12" })],
  }),
  commitment("ID2", "2018-2020", { irm: { ambition: "Low", source_ids: [] } }),
  commitment("ID3", "2018-2020", {
    irm: { ambition: "High", completion: "Complete", source_ids: [] },
    milestones: [milestone("m1", { due_date: "2019", status: "Complete" })],
  }),
  commitment("ID4", "2020-2022", {
    irm: { ambition: "High", early_results: "Major", source_ids: [] },
    milestones: [milestone("m1", { due_date: "2021-06" }), milestone("m2", { due_date: "2022" })],
  }),
];

/** Shortens a tally to `[value, count]` pairs. */
function tally(counts: ReturnType<typeof planComputedCounts>, name: string) {
  return counts.facets.find((f) => f.name === name)?.values.map((v) => [v.value, v.ids.length]);
}

describe("planComputedCounts", () => {
  it.each([
    {
      plan: "2018-2020",
      today: "2021-01-01",
      records: 3,
      ambition: [
        ["High", 2],
        ["Low", 1],
      ],
      completion: [
        ["Complete", 1],
        [null, 2],
      ],
      results: [
        ["No IRM Data", 1],
        [null, 2],
      ],
      milestones: { total: 3, withDueDate: 2, overdue: 1 },
    },
    {
      plan: "2018-2020",
      today: "2020-12-31",
      records: 3,
      ambition: [
        ["High", 2],
        ["Low", 1],
      ],
      completion: [
        ["Complete", 1],
        [null, 2],
      ],
      results: [
        ["No IRM Data", 1],
        [null, 2],
      ],
      milestones: { total: 3, withDueDate: 2, overdue: 0 },
    },
    {
      plan: "2020-2022",
      today: "2022-06-01",
      records: 1,
      ambition: [["High", 1]],
      completion: [[null, 1]],
      results: [["Major", 1]],
      milestones: { total: 2, withDueDate: 2, overdue: 1 },
    },
  ])("counts $plan on $today from its own records", (c) => {
    const counts = planComputedCounts(records, c.plan, c.today);
    expect(counts.records).toBe(c.records);
    expect(tally(counts, "ambition")).toEqual(c.ambition);
    expect(tally(counts, "impact")).toEqual([[null, c.records]]);
    expect(tally(counts, "completion")).toEqual(c.completion);
    expect(tally(counts, "results")).toEqual(c.results);
    expect(counts.milestones).toEqual(c.milestones);
  });

  it("gives a plan without records no tallies (nothing to compute, nothing guessed)", () => {
    const counts = planComputedCounts(records, "2016-2017", "2021-01-01");
    expect(counts).toEqual({
      plan: "2016-2017",
      records: 0,
      facets: [],
      milestones: { total: 0, withDueDate: 0, overdue: 0 },
    });
  });

  it("follows a preferred value order", () => {
    const counts = planComputedCounts(records, "2018-2020", "2021-01-01", { ambition: ["Low", "High"] });
    expect(tally(counts, "ambition")).toEqual([
      ["Low", 1],
      ["High", 2],
    ]);
  });
});
