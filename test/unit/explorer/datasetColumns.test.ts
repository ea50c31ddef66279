import { beforeAll, describe, expect, it } from "vitest";
import { datasetColumns } from "../../../src/site/explorer/datasetColumns.ts";
import type { SiteData } from "../../../src/site/siteData.ts";
import { fixtureSiteData } from "../../helpers/fixtureSiteData.ts";

let data: SiteData;
beforeAll(async () => {
  data = await fixtureSiteData();
}, 120_000);

describe("datasetColumns", () => {
  it("names each column's codes from its foreign key (single values and lists) or its enum labels", () => {
    const byName = (dataset: string) => new Map(datasetColumns(data, dataset).map((c) => [c.name, c]));
    const finances = byName("finances");
    expect(finances.get("channel_org")).toEqual({ name: "channel_org", labels: "organisations" });
    expect(finances.get("recipient_country")).toEqual({ name: "recipient_country", labels: "countries" });
    expect(finances.get("sector")).toEqual({ name: "sector", labels: "dac-sectors" });
    expect(finances.get("activity_id")).toEqual({ name: "activity_id", labels: "activities" });
    expect(finances.get("amount_type")).toEqual({ name: "amount_type", labels: "finances:amount_type" });
    const commitments = byName("commitments");
    expect(commitments.get("lead_orgs")).toEqual({ name: "lead_orgs", labels: "organisations", list: true });
    expect(commitments.get("policy_areas")).toEqual({
      name: "policy_areas",
      labels: "ogp-terms",
      list: true,
    });
    expect(commitments.get("related_activities")).toEqual({
      name: "related_activities",
      labels: "activities",
      list: true,
    });
    expect(commitments.get("irm_starred")).toEqual({ name: "irm_starred", labels: "ogp-terms" });
  });
});
