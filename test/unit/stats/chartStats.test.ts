import { describe, expect, it } from "vitest";
import type { ActionPlan } from "../../../src/lib/model.ts";
import { activitiesByOrgType } from "../../../src/lib/stats/activitiesByOrgType.ts";
import { regionOfPlace } from "../../../src/lib/stats/countryRegions.ts";
import { participantsPerYear } from "../../../src/lib/stats/participantsPerYear.ts";
import { planCompletion } from "../../../src/lib/stats/planCompletion.ts";
import { activity } from "./fixtures.ts";

describe("participantsPerYear", () => {
  it("sums stated numbers only, keeps unknown years undefined (not 0) and skips years without activities", () => {
    const partner = { participants_basis: "partner-countries" } as const;
    const rows = participantsPerYear([
      activity("a", { start_date: "2016-05", participants_total: 12, ...partner }),
      activity("b", { start_date: "2016", participants_total: 3, participants_female: 1, ...partner }),
      activity("c", { start_date: "2016" }),
      activity("d", { start_date: "2019-01-02" }),
      activity("e"),
    ]);
    expect(rows.map((r) => [r.year, r.participants, r.knownIds, r.unknownIds, r.women])).toEqual([
      [2016, 15, ["a", "b"], ["c"], 1],
      [2019, undefined, [], ["d"], undefined],
    ]);
  });

  it("adds up only numbers on the partner-countries basis and lists the others apart", () => {
    const rows = participantsPerYear([
      activity("a", { start_date: "2010", participants_total: 12, participants_basis: "partner-countries" }),
      activity("b", {
        start_date: "2010",
        participants_total: 11,
        participants_female: 4,
        participants_basis: "including-indonesia",
      }),
    ]);
    expect(rows).toEqual([
      {
        year: 2010,
        participants: 12,
        knownIds: ["a"],
        unknownIds: [],
        otherBasisIds: ["b"],
        women: undefined,
        womenKnownIds: [],
      },
    ]);
  });
});

describe("planCompletion", () => {
  const plan = (id: string, figures: [string, number][]): ActionPlan => ({
    id,
    title: { id, en: id },
    source_ids: ["s"],
    figures: figures.map(([fid, value]) => ({ id: fid, value, label: { id: fid, en: fid }, source_id: "s" })),
  });

  it("reads stated completion figures and what they leave out of the plan's total", () => {
    expect(
      planCompletion([
        plan("p1", [
          ["commitments", 45],
          ["completed", 16],
          ["substantial", 20],
          ["limited", 8],
          ["not-started", 1],
        ]),
        plan("p2", [
          ["commitments", 19],
          ["substantial-or-complete", 12],
          ["open-parliament", 5],
        ]),
        plan("p3", [["commitments", 15]]),
        plan("p4", []),
      ]),
    ).toEqual([
      {
        plan: "p1",
        total: 45,
        parts: [
          { figure: "completed", value: 16 },
          { figure: "substantial", value: 20 },
          { figure: "limited", value: 8 },
          { figure: "not-started", value: 1 },
        ],
        rest: 0,
      },
      { plan: "p2", total: 19, parts: [{ figure: "substantial-or-complete", value: 12 }], rest: 7 },
      { plan: "p3", total: 15, parts: [], rest: 15 },
      { plan: "p4", total: undefined, parts: [], rest: undefined },
    ]);
  });
});

describe("activitiesByOrgType", () => {
  it("counts an activity once per kind of organisation it names, in any role", () => {
    const types: Record<string, "ministry" | "civil-society" | "multilateral"> = {
      m1: "ministry",
      m2: "ministry",
      cso: "civil-society",
      un: "multilateral",
    };
    const result = activitiesByOrgType(
      [
        activity("a", { lead_org: "m1", implementing_orgs: ["m2"], partner_orgs: ["un"] }),
        activity("b", { participating_orgs: ["cso", "ghost"] }),
      ],
      (id) => types[id],
    );
    expect(result).toEqual([
      { type: "ministry", activityIds: ["a"], organisationIds: ["m1", "m2"] },
      { type: "multilateral", activityIds: ["a"], organisationIds: ["un"] },
      { type: "civil-society", activityIds: ["b"], organisationIds: ["cso"] },
    ]);
  });
});

describe("regionOfPlace", () => {
  it.each([
    ["TZ", { region: "Africa", subregion: "Eastern Africa" }, "africa"],
    ["PS", { region: "Asia", subregion: "Western Asia" }, "middle-east"],
    ["AF", { region: "Asia", subregion: "Southern Asia" }, "asia"],
    ["FJ", { region: "Oceania", subregion: "Melanesia" }, "pacific"],
    ["CU", { region: "Americas", subregion: "Caribbean" }, "latin-america-caribbean"],
    ["US", { region: "Americas", subregion: "North America" }, undefined],
    ["XX", undefined, undefined],
  ] as const)("puts %s in %s", (code, place, expected) => {
    expect(regionOfPlace(code, place)).toBe(expected);
  });
});
