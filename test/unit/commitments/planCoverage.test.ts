import { describe, expect, it } from "vitest";
import { ogpTermLabel } from "../../../src/lib/commitments/ogpTermLabel.ts";
import { planCoverage } from "../../../src/lib/commitments/planCoverage.ts";
import type { ActionPlan } from "../../../src/lib/model.ts";
import { referenceList } from "../../../src/lib/reference/referenceList.ts";
import { commitment } from "./fixtures.ts";

const plan = (id: string, figures: ActionPlan["figures"]): ActionPlan => ({
  id,
  title: { id, en: id },
  figures,
  source_ids: ["s"],
});
const figure = (id: string, value: number, source_id: string, unit?: "commitments" | "clusters") => ({
  id,
  label: { id, en: id },
  value,
  source_id,
  ...(unit ? { unit } : {}),
});
const sources = new Map([
  ["irm", { type: "report" as const }],
  ["page", { type: "primary" as const }],
]);

describe("planCoverage", () => {
  const coverage = planCoverage(
    [
      plan("2018-2020", [
        figure("commitments", 19, "irm", "commitments"),
        figure("clusters", 14, "irm", "clusters"),
      ]),
      plan("banggai-2021-2024", [figure("commitments", 4, "page")]),
      plan("west-sumbawa-2021-2023", []),
    ],
    [
      commitment("ID0098", "2018-2020"),
      commitment("ID0107", "2018-2020", { title_source: "descriptive" }),
      commitment("banggai-2021-2024-01", "banggai-2021-2024"),
    ],
    sources,
  );

  it("counts the records of each plan against its published total, saying whether the IRM published it", () => {
    expect(coverage).toEqual([
      { plan: "2018-2020", onRecord: 2, descriptive: 1, total: 19, totalSourceId: "irm", totalByIrm: true },
      {
        plan: "banggai-2021-2024",
        onRecord: 1,
        descriptive: 0,
        total: 4,
        totalSourceId: "page",
        totalByIrm: false,
      },
      {
        plan: "west-sumbawa-2021-2023",
        onRecord: 0,
        descriptive: 0,
        total: undefined,
        totalSourceId: undefined,
        totalByIrm: false,
      },
    ]);
  });

  it("never reads a count of IRM clusters as the number of commitments", () => {
    const [only] = planCoverage([plan("p", [figure("commitments", 14, "irm", "clusters")])], [], sources);
    expect(only?.total).toBeUndefined();
  });
});

describe("ogpTermLabel", () => {
  const reference = {
    "ogp-terms": referenceList(
      new Map([
        ["Major", { en: "Major", id: "Besar" }],
        ["Gender", { en: "Gender", id: "Gender" }],
      ]),
    ),
  };

  it.each([
    ["Major", "id", "Besar"],
    ["Major", "en", undefined],
    ["Gender", "id", undefined],
    ["Not in the list", "id", undefined],
  ] as const)("labels %s in %s as %s", (term, lang, label) => {
    expect(ogpTermLabel(reference, term, lang)).toBe(label);
  });

  it("gives no label without the codelist", () => {
    expect(ogpTermLabel({}, "Major", "id")).toBeUndefined();
  });
});
