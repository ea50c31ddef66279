import jsonld from "jsonld";
import { beforeAll, describe, expect, it } from "vitest";
import type { DescribedCatalog } from "../../../src/lib/metadata/describedCatalog.ts";
import { jsonLdScript, schemaOrgCatalog, schemaOrgDataset } from "../../../src/lib/metadata/schemaOrg.ts";
import { loadReleases } from "../../../src/node/releases.ts";
import { describedCatalog } from "../../../src/site/describedCatalog.ts";
import { fixtureSiteData } from "../../helpers/fixtureSiteData.ts";
import { fixtureReleasesDir } from "../../helpers/siteFixture.ts";

// schema.org JSON-LD of the dataset and catalog pages (site fixture). Property names and value types
// are checked at compile time by schema-dts; here: what Google Dataset Search reads is there, and the
// JSON-LD expands (offline: the schema.org context is given as its vocabulary) without dropping a key.

const site = "https://data.example.org/";
let catalog: DescribedCatalog;
beforeAll(async () => {
  const data = await fixtureSiteData();
  const manifests = (await loadReleases(fixtureReleasesDir)).releases.map((r) => r.snapshot.manifest);
  catalog = describedCatalog(data, site, manifests);
}, 60_000);

/** Loads the schema.org context without the network: its vocabulary. */
const documentLoader = async (url: string) => {
  if (url.replace(/\/$/, "") !== "https://schema.org") throw new Error(`no network in tests: ${url}`);
  return {
    contextUrl: undefined,
    documentUrl: url,
    document: { "@context": { "@vocab": "https://schema.org/" } },
  };
};

// Google Dataset Search: required name and description (50 to 5000 characters); the recommended
// properties the issue asks for.
const googleDataset = [
  "name",
  "description",
  "url",
  "identifier",
  "license",
  "creator",
  "publisher",
  "datePublished",
  "dateModified",
  "variableMeasured",
  "distribution",
  "includedInDataCatalog",
  "version",
] as const;

describe("schema.org Dataset on dataset pages", () => {
  it.each(["id", "en"] as const)("carries what Google Dataset Search reads, in %s", async (lang) => {
    for (const dataset of catalog.datasets) {
      const node = schemaOrgDataset(
        catalog,
        dataset.name,
        lang,
        `Citation ${dataset.name}`,
      ) as unknown as Record<string, unknown>;
      for (const property of googleDataset)
        expect(node[property], `${dataset.name}.${property}`).toBeDefined();
      expect(node.citation).toBe(`Citation ${dataset.name}`);
      // Temporal coverage where the catalog gives it (organisations cover no period).
      expect(node.temporalCoverage !== undefined).toBe(dataset.temporal !== undefined);
      expect((node.description as string).length).toBeGreaterThanOrEqual(50);
      const files = node.distribution as { contentUrl: string; encodingFormat: string }[];
      expect(files.map((f) => f.contentUrl)).toEqual(dataset.distributions.map((f) => f.url));
      await jsonld.expand(JSON.parse(jsonLdScript(node)), {
        documentLoader,
        safe: true,
      } as jsonld.Options.Expand);
    }
    const activities = schemaOrgDataset(catalog, "activities", lang, "c") as unknown as Record<
      string,
      unknown
    >;
    expect(activities.spatialCoverage).toEqual(
      expect.arrayContaining([expect.objectContaining({ "@type": "Country", identifier: "ID" })]),
    );
    expect(activities.temporalCoverage).toMatch(/^\d{4}(-\d{2}){0,2}\/\d{4}(-\d{2}){0,2}$/);
  });

  it("cannot be ended early by text in the data", () => {
    expect(jsonLdScript({ name: "</script><script>alert(1)</script>" })).not.toContain("</script>");
  });
});

describe("schema.org DataCatalog on the catalog page", () => {
  it("lists every dataset and who publishes them", async () => {
    const node = schemaOrgCatalog(catalog, "en") as unknown as Record<string, unknown>;
    expect(node["@type"]).toBe("DataCatalog");
    expect((node.dataset as unknown[]).length).toBe(catalog.datasets.length);
    expect(node.publisher).toEqual(
      expect.objectContaining({ "@type": "Organization", name: catalog.publisher.name.en }),
    );
    const expanded = await jsonld.expand(
      node as jsonld.JsonLdDocument,
      { documentLoader, safe: true } as jsonld.Options.Expand,
    );
    expect(JSON.stringify(expanded)).toContain("https://schema.org/includedInDataCatalog");
  });
});
