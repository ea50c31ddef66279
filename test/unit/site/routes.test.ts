import { describe, expect, it } from "vitest";
import { breadcrumbs } from "../../../src/site/breadcrumbs.ts";
import { chartAnchorPath, chartFilePath } from "../../../src/site/filePaths.ts";
import { type PageKey, pathOf, routeParam, sectionOf } from "../../../src/site/routes.ts";

// One page of every kind, with its address in each language: the route table's contract.
const pages: [PageKey, string, string][] = [
  [{ kind: "dashboard" }, "/id/", "/en/"],
  [{ kind: "activities" }, "/id/kegiatan/", "/en/activities/"],
  [{ kind: "activity", id: "ksst-0001" }, "/id/kegiatan/ksst-0001/", "/en/activities/ksst-0001/"],
  [{ kind: "participants" }, "/id/peserta/", "/en/participants/"],
  [{ kind: "countries" }, "/id/negara-mitra/", "/en/partner-countries/"],
  [{ kind: "provinces" }, "/id/provinsi/", "/en/provinces/"],
  [{ kind: "organisations" }, "/id/organisasi/", "/en/organisations/"],
  [{ kind: "organisation", id: "kpu" }, "/id/organisasi/kpu/", "/en/organisations/kpu/"],
  [{ kind: "commitments" }, "/id/komitmen/", "/en/commitments/"],
  [{ kind: "commitment", id: "ID0121" }, "/id/komitmen/ID0121/", "/en/commitments/ID0121/"],
  [
    { kind: "commitmentFacet", facet: "area", value: "open-data" },
    "/id/komitmen/bidang/open-data/",
    "/en/commitments/area/open-data/",
  ],
  [{ kind: "claims" }, "/id/klaim/", "/en/claims/"],
  [{ kind: "catalog" }, "/id/data/", "/en/data/"],
  [{ kind: "dataset", id: "activities" }, "/id/data/activities/", "/en/data/activities/"],
  [{ kind: "about" }, "/id/tentang/", "/en/about/"],
  [{ kind: "charts" }, "/id/grafik/", "/en/charts/"],
  [{ kind: "chart", id: "sdgs" }, "/id/grafik/sdgs/", "/en/charts/sdgs/"],
  [{ kind: "chartEmbed", id: "sdgs" }, "/id/grafik/sdgs/embed/", "/en/charts/sdgs/embed/"],
  [{ kind: "releases" }, "/id/releases/", "/en/releases/"],
  [{ kind: "release", version: "1.1.0" }, "/id/releases/1.1.0/", "/en/releases/1.1.0/"],
  [{ kind: "search" }, "/id/cari/", "/en/search/"],
  [{ kind: "activitiesPage", page: 2 }, "/id/kegiatan/halaman/2/", "/en/activities/page/2/"],
  [{ kind: "claim", id: "stmt-0001" }, "/id/klaim/stmt-0001/", "/en/claims/stmt-0001/"],
  [{ kind: "claimsPage", page: 2 }, "/id/klaim/halaman/2/", "/en/claims/page/2/"],
  [{ kind: "finances" }, "/id/keuangan/", "/en/finances/"],
  [{ kind: "financesPage", page: 3 }, "/id/keuangan/halaman/3/", "/en/finances/page/3/"],
  [{ kind: "country", id: "TL" }, "/id/negara-mitra/TL/", "/en/partner-countries/TL/"],
  [{ kind: "regions" }, "/id/kawasan/", "/en/regions/"],
  [{ kind: "region", id: "africa" }, "/id/kawasan/africa/", "/en/regions/africa/"],
  [{ kind: "province", id: "32" }, "/id/provinsi/32/", "/en/provinces/32/"],
  [{ kind: "regency", id: "32.08" }, "/id/provinsi/32.08/", "/en/provinces/32.08/"],
  [{ kind: "sectors" }, "/id/sektor/", "/en/sectors/"],
  [{ kind: "sector", id: "31181" }, "/id/sektor/31181/", "/en/sectors/31181/"],
  [{ kind: "sdgs" }, "/id/tpb/", "/en/sdgs/"],
  [{ kind: "sdg", id: "2" }, "/id/tpb/2/", "/en/sdgs/2/"],
];

describe("the route table", () => {
  it.each(pages)("addresses %o in both languages", (key, id, en) => {
    expect(pathOf(key, "id")).toBe(id);
    expect(pathOf(key, "en")).toBe(en);
    expect(routeParam(key, "id")).toBe(id === "/id/" ? undefined : id.slice(4, -1));
  });

  it("gives every page its own address", () => {
    const all = pages.flatMap(([key]) => [pathOf(key, "id"), pathOf(key, "en")]);
    expect(new Set(all).size).toBe(all.length);
  });

  it("encodes ids, so an id cannot add a path segment", () => {
    expect(pathOf({ kind: "activity", id: "a/b c" }, "en")).toBe("/en/activities/a%2Fb%20c/");
  });

  it("places chart and release pages in their navigation sections, not on the catalog's key", () => {
    expect(sectionOf({ kind: "chart", id: "sdgs" })).toBe("dashboard");
    expect(sectionOf({ kind: "release", version: "1.1.0" })).toBe("catalog");
    expect(sectionOf({ kind: "organisation", id: "kpu" })).toBe("activities");
    expect(sectionOf({ kind: "chartEmbed", id: "sdgs" })).toBeUndefined();
  });

  it("addresses chart files under the chart's page and chart anchors on the dashboard", () => {
    expect(chartFilePath("sdgs", "png", "id")).toBe("/id/grafik/sdgs/sdgs.png");
    expect(chartAnchorPath("sdgs", "en")).toBe("/en/#sdgs");
  });
});

describe("breadcrumbs", () => {
  it.each([
    [{ kind: "dashboard" }, []],
    [{ kind: "activities" }, ["/en/"]],
    [{ kind: "organisation", id: "kpu" }, ["/en/", "/en/activities/", "/en/organisations/"]],
    [{ kind: "commitmentFacet", facet: "plan", value: "2020-2022" }, ["/en/", "/en/commitments/"]],
    [{ kind: "chart", id: "sdgs" }, ["/en/", "/en/charts/"]],
    [{ kind: "release", version: "1.1.0" }, ["/en/", "/en/data/", "/en/releases/"]],
    [{ kind: "regency", id: "32.08" }, ["/en/", "/en/activities/", "/en/provinces/"]],
    [{ kind: "claimsPage", page: 2 }, ["/en/", "/en/claims/"]],
    [{ kind: "sdg", id: "2" }, ["/en/", "/en/activities/", "/en/sdgs/"]],
  ] as [PageKey, string[]][])("lead to %o through the list pages above it", (key, hrefs) => {
    expect(breadcrumbs(key, "en").map((c) => c.href)).toEqual(hrefs);
  });

  it("name each list page by its title in the page's language", () => {
    expect(breadcrumbs({ kind: "release", version: "1.1.0" }, "id").map((c) => c.text)).toEqual([
      "Dasbor",
      "Katalog data",
      "Rilis data",
    ]);
  });
});
