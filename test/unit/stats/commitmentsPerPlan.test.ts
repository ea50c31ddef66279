import { describe, expect, it } from "vitest";
import { commitmentsPerPlan } from "../../../src/lib/stats/commitmentsPerPlan.ts";
import { commitment, plan } from "./fixtures.ts";

describe("commitmentsPerPlan", () => {
  const plans = [plan("2018-2020", 5), plan("2020-2022", 6), plan("2022-2024", 7)];
  const commitments = [
    commitment("ID0098", "2018-2020", { irm: { ambition: "Low", source_ids: ["s"] } }),
    commitment("ID0103", "2018-2020", { irm: { ambition: "High", source_ids: ["s"] } }),
    commitment("ID0105", "2018-2020"),
    commitment("ID0111", "2020-2022", { irm: { ambition: "High", source_ids: ["s"] } }),
    commitment("ID0117", "2020-2022", { irm: { source_ids: ["s"] } }),
  ];
  const result = commitmentsPerPlan(commitments, plans, (c) => c.irm?.ambition, ["High", "Moderate", "Low"]);

  it("keeps the plans' order, including plans without commitments", () => {
    expect(result.plans).toEqual(["2018-2020", "2020-2022", "2022-2024"]);
  });

  it("keeps values verbatim and counts absent ones as not found (null), last", () => {
    expect(result.values).toEqual(["High", "Low", null]);
    expect(result.rows).toEqual([
      { plan: "2018-2020", value: "High", count: 1 },
      { plan: "2018-2020", value: "Low", count: 1 },
      { plan: "2018-2020", value: null, count: 1 },
      { plan: "2020-2022", value: "High", count: 1 },
      { plan: "2020-2022", value: null, count: 1 },
    ]);
  });

  it("adds plans only referenced by commitments", () => {
    const r = commitmentsPerPlan([commitment("X", "2011-2013")], plans, () => undefined);
    expect(r.plans.at(-1)).toBe("2011-2013");
  });
});
