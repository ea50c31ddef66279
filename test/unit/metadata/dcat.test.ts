import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import jsonld from "jsonld";
import { beforeAll, describe, expect, it } from "vitest";
import { datasetDates } from "../../../src/lib/metadata/datasetDates.ts";
import { dcatApCatalog, dcatApContext } from "../../../src/lib/metadata/dcatApCatalog.ts";
import { dcatUsCatalog } from "../../../src/lib/metadata/dcatUsCatalog.ts";
import type { DescribedCatalog } from "../../../src/lib/metadata/describedCatalog.ts";
import type { ReleaseManifest } from "../../../src/lib/releases/releaseManifest.ts";
import { loadReleases } from "../../../src/node/releases.ts";
import { describedCatalog } from "../../../src/site/describedCatalog.ts";
import type { SiteData } from "../../../src/site/siteData.ts";
import { fixtureSiteData } from "../../helpers/fixtureSiteData.ts";
import { fixtureReleasesDir } from "../../helpers/siteFixture.ts";

// DCAT-AP 3.0 and DCAT-US 1.1 of the site fixture's catalog. Neither standard's own validator can run
// here: DCAT-AP's SHACL shapes and DCAT-US's JSON Schema are published on the web only (not in the
// shared corpora, not in an npm package), and tests never touch the network. So the JSON-LD goes
// through a real JSON-LD processor (jsonld.js, safe mode: any key that is not an IRI fails) and the
// resulting RDF is checked against DCAT-AP 3.0's mandatory and recommended properties and ranges,
// written below from the specification's tables; data.json against a JSON Schema of DCAT-US 1.1's
// field table (required fields, value formats) (docs/standards.md).

const site = "https://data.example.org/";
let data: SiteData;
let manifests: ReleaseManifest[];
let catalog: DescribedCatalog;
beforeAll(async () => {
  data = await fixtureSiteData();
  manifests = (await loadReleases(fixtureReleasesDir)).releases.map((r) => r.snapshot.manifest);
  catalog = describedCatalog(data, site, manifests);
}, 60_000);

const ns = { ...dcatApContext, rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#" };

interface Term {
  termType: string;
  value: string;
  datatype?: { value: string };
  language?: string;
}
interface Quad {
  subject: Term;
  predicate: Term;
  object: Term;
}

/** The RDF graph of a JSON-LD document, as a real processor reads it (safe mode: nothing dropped). */
async function graphOf(doc: object): Promise<Quad[]> {
  const base = `${site}downloads/dcat.jsonld`;
  await jsonld.expand(doc as jsonld.JsonLdDocument, { base, safe: true } as jsonld.Options.Expand);
  return (await jsonld.toRDF(
    doc as jsonld.JsonLdDocument,
    { base } as jsonld.Options.ToRdf,
  )) as unknown as Quad[];
}

/** What an RDF value must be: an IRI (optionally under a prefix), a literal (optionally of datatypes), or a node of a class. */
type Range = { iri: string } | { literal: readonly string[] } | { node: string };

const dates = [`${ns.xsd}date`, `${ns.xsd}gYear`, `${ns.xsd}gYearMonth`];
const eu = "http://publications.europa.eu/resource/authority/";
// DCAT-AP 3.0 property tables (mandatory: min 1; recommended properties we publish: min 1 too, so
// losing one fails the test), with the ranges the specification gives.
const shapes: [cls: string, property: string, min: number, range: Range][] = [
  ["dcat:Catalog", "dct:title", 2, { literal: ["lang"] }],
  ["dcat:Catalog", "dct:description", 2, { literal: ["lang"] }],
  ["dcat:Catalog", "dct:publisher", 1, { node: "foaf:Agent" }],
  ["dcat:Catalog", "dcat:dataset", 1, { node: "dcat:Dataset" }],
  ["dcat:Catalog", "foaf:homepage", 1, { node: "foaf:Document" }],
  ["dcat:Catalog", "dct:language", 2, { iri: `${eu}language/` }],
  ["dcat:Catalog", "dct:license", 1, { node: "dct:LicenseDocument" }],
  ["dcat:Catalog", "dct:modified", 1, { literal: dates }],
  ["dcat:Dataset", "dct:title", 2, { literal: ["lang"] }],
  ["dcat:Dataset", "dct:description", 2, { literal: ["lang"] }],
  ["dcat:Dataset", "dcat:contactPoint", 1, { node: "vcard:Kind" }],
  ["dcat:Dataset", "dct:publisher", 1, { node: "foaf:Agent" }],
  ["dcat:Dataset", "dcat:distribution", 1, { node: "dcat:Distribution" }],
  ["dcat:Dataset", "dcat:keyword", 1, { literal: ["lang"] }],
  ["dcat:Dataset", "dcat:landingPage", 2, { node: "foaf:Document" }],
  ["dcat:Dataset", "dct:accrualPeriodicity", 1, { iri: `${eu}frequency/` }],
  ["dcat:Dataset", "dct:modified", 1, { literal: dates }],
  ["dcat:Dataset", "dct:identifier", 1, { literal: [`${ns.xsd}string`] }],
  ["dcat:Distribution", "dcat:accessURL", 1, { iri: site }],
  ["dcat:Distribution", "dcat:downloadURL", 1, { iri: site }],
  ["dcat:Distribution", "dct:format", 1, { iri: `${eu}file-type/` }],
  ["dcat:Distribution", "dcat:mediaType", 1, { iri: "http://www.iana.org/assignments/media-types/" }],
  ["dcat:Distribution", "dct:license", 1, { node: "dct:LicenseDocument" }],
  ["dcat:Distribution", "dcat:byteSize", 1, { literal: [`${ns.xsd}nonNegativeInteger`] }],
  ["dcat:Distribution", "spdx:checksum", 1, { node: "spdx:Checksum" }],
  ["spdx:Checksum", "spdx:checksumValue", 1, { literal: [`${ns.xsd}hexBinary`] }],
  ["spdx:Checksum", "spdx:algorithm", 1, { iri: "http://spdx.org/rdf/terms#checksumAlgorithm_sha256" }],
  ["dct:PeriodOfTime", "dcat:startDate", 1, { literal: dates }],
  ["foaf:Agent", "foaf:name", 1, { literal: ["lang"] }],
  ["vcard:Kind", "vcard:fn", 1, { literal: [`${ns.xsd}string`] }],
];

/** Expands `dcat:Dataset` to its IRI. */
function iri(curie: string): string {
  const [prefix, local] = curie.split(":") as [keyof typeof ns, string];
  return `${ns[prefix]}${local}`;
}

/** Lists what in a graph breaks the shapes above. */
function violations(quads: readonly Quad[]): string[] {
  const types = new Map<string, Set<string>>();
  for (const q of quads)
    if (q.predicate.value === `${ns.rdf}type`)
      types.set(q.subject.value, (types.get(q.subject.value) ?? new Set()).add(q.object.value));
  const problems: string[] = [];
  for (const [cls, property, min, range] of shapes) {
    const subjects = [...types].filter(([, t]) => t.has(iri(cls))).map(([s]) => s);
    if (subjects.length === 0) problems.push(`no ${cls}`);
    for (const subject of subjects) {
      const values = quads
        .filter((q) => q.subject.value === subject && q.predicate.value === iri(property))
        .map((q) => q.object);
      if (values.length < min) problems.push(`${cls} ${subject}: ${property} ${values.length} < ${min}`);
      for (const value of values) {
        const ok =
          "iri" in range
            ? value.termType === "NamedNode" && value.value.startsWith(range.iri)
            : "literal" in range
              ? value.termType === "Literal" &&
                (range.literal.includes("lang")
                  ? Boolean(value.language)
                  : range.literal.includes(value.datatype?.value ?? ""))
              : types.get(value.value)?.has(iri(range.node)) === true;
        if (!ok)
          problems.push(
            `${cls} ${subject}: ${property} ${JSON.stringify(value)} is not ${JSON.stringify(range)}`,
          );
      }
    }
  }
  return problems;
}

describe("DCAT-AP 3.0 JSON-LD of the catalog", () => {
  it("is JSON-LD that a processor reads without dropping a key, and meets DCAT-AP's property tables", async () => {
    const quads = await graphOf(dcatApCatalog(catalog));
    expect(violations(quads)).toEqual([]);
    const datasets = quads.filter((q) => q.predicate.value === iri("dcat:dataset"));
    expect(datasets).toHaveLength(data.siteDatasets.size);
  });

  it("carries each file's exact checksum and size, the countries as EU country IRIs and dates at their precision", async () => {
    const quads = await graphOf(dcatApCatalog(catalog));
    const file = data.siteDatasets.get("activities")?.downloads[0];
    const checksums = quads
      .filter((q) => q.predicate.value === iri("spdx:checksumValue"))
      .map((q) => q.object.value);
    expect(checksums).toContain(file?.sha256);
    const spatial = quads.filter((q) => q.predicate.value === iri("dct:spatial")).map((q) => q.object.value);
    expect(spatial).toContain(`${eu}country/IDN`);
    expect(spatial.every((s) => /\/country\/[A-Z]{3}$/.test(s))).toBe(true);
    const starts = quads
      .filter((q) => q.predicate.value === iri("dcat:startDate"))
      .map((q) => [q.object.value, q.object.datatype?.value]);
    expect(starts).toContainEqual(["1990", `${ns.xsd}gYear`]);
  });

  it("fails the shapes when a mandatory property is missing (the check is not vacuous)", async () => {
    const doc = dcatApCatalog(catalog) as { "@graph": Record<string, unknown>[] };
    const broken = structuredClone(doc);
    delete (broken["@graph"][0] as Record<string, unknown>)["dct:title"];
    expect(violations(await graphOf(broken))).toContainEqual(
      expect.stringMatching(/dcat:Catalog .*dct:title 0 < 2/),
    );
    const unknownKey = structuredClone(doc);
    (unknownKey["@graph"][0] as Record<string, unknown>).title = "not an IRI";
    await expect(graphOf(unknownKey)).rejects.toThrow();
  });
});

// DCAT-US 1.1 "Dataset Fields" (https://resources.data.gov/resources/dcat-us/), non-federal use:
// bureauCode and programCode are required of US federal agencies only.
const dcatUsSchema = {
  type: "object",
  required: ["@type", "conformsTo", "dataset"],
  properties: {
    "@type": { const: "dcat:Catalog" },
    conformsTo: { const: "https://project-open-data.cio.gov/v1.1/schema" },
    describedBy: { format: "uri" },
    dataset: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: [
          "title",
          "description",
          "keyword",
          "modified",
          "publisher",
          "contactPoint",
          "identifier",
          "accessLevel",
        ],
        properties: {
          "@type": { const: "dcat:Dataset" },
          title: { type: "string", minLength: 1 },
          description: { type: "string", minLength: 1 },
          keyword: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
          modified: { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$" },
          issued: { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$" },
          publisher: {
            type: "object",
            required: ["name"],
            properties: { "@type": { const: "org:Organization" } },
          },
          contactPoint: {
            type: "object",
            required: ["fn", "hasEmail"],
            properties: {
              "@type": { const: "vcard:Contact" },
              fn: { type: "string", minLength: 1 },
              hasEmail: { type: "string", pattern: "^mailto:[\\w_~!$&'()*+,;=:.-]+@[\\w.-]+\\.[\\w.-]+?$" },
            },
          },
          identifier: { type: "string", minLength: 1 },
          accessLevel: { enum: ["public", "restricted public", "non-public"] },
          license: { type: "string", format: "uri" },
          accrualPeriodicity: { type: "string", pattern: "^(R/P\\d+[YMWD]|irregular)$" },
          temporal: { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?/\\d{4}(-\\d{2}(-\\d{2})?)?$" },
          language: { type: "array", items: { type: "string", pattern: "^[a-z]{2,3}(-[A-Za-z0-9]+)*$" } },
          landingPage: { type: "string", format: "uri" },
          describedBy: { type: "string", format: "uri" },
          describedByType: { type: "string", pattern: "^[-\\w]+/[-\\w]+(\\.[-\\w]+)*([+][-\\w]+)?$" },
          distribution: {
            type: "array",
            items: {
              type: "object",
              required: ["downloadURL", "mediaType"],
              properties: {
                "@type": { const: "dcat:Distribution" },
                downloadURL: { type: "string", format: "uri" },
                mediaType: { type: "string", pattern: "^[-\\w]+/[-\\w]+(\\.[-\\w]+)*([+][-\\w]+)?$" },
                format: { type: "string" },
                describedBy: { type: "string", format: "uri" },
              },
            },
          },
        },
      },
    },
  },
};

describe("DCAT-US 1.1 data.json of the catalog", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(dcatUsSchema);

  it("meets DCAT-US 1.1's field table when the catalog gives a contact address", () => {
    const withEmail = {
      ...data,
      catalog: { ...data.catalog, contact: { name: "Data team", email: "data@example.org" } },
    } as SiteData;
    const doc = dcatUsCatalog(describedCatalog(withEmail, site, manifests));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const datasets = (doc as { dataset: { distribution: unknown[] }[] }).dataset;
    expect(datasets).toHaveLength(data.siteDatasets.size);
    expect(datasets.flatMap((d) => d.distribution).length).toBe(
      [...data.siteDatasets.values()].flatMap((d) => d.downloads).length,
    );
  });

  it("lacks only the required contact email when the catalog gives none (none is invented)", () => {
    validate(dcatUsCatalog(catalog));
    const problems = new Set(
      (validate.errors ?? []).map((e) => `${e.instancePath.replace(/\/\d+/, "/*")} ${e.message}`),
    );
    expect([...problems]).toEqual(["/dataset/*/contactPoint must have required property 'hasEmail'"]);
  });
});

describe("dataset dates from the releases", () => {
  const release = (version: string, date: string, files: Record<string, string>) =>
    ({
      version,
      date,
      datasets: Object.entries(files).map(([name, sha256]) => ({ name, sha256 })),
    }) as unknown as ReleaseManifest;
  const releases = [
    release("1.0.0", "2026-01-01", { a: "1", b: "1" }),
    release("1.1.0", "2026-02-01", { a: "1", b: "2" }),
    release("1.2.0", "2026-03-01", { a: "1", b: "2", c: "1" }),
  ];
  it.each([
    ["unchanged since the first release", "a", "1", { issued: "2026-01-01", modified: "2026-01-01" }],
    ["changed in 1.1.0", "b", "2", { issued: "2026-01-01", modified: "2026-02-01" }],
    ["added in 1.2.0", "c", "1", { issued: "2026-03-01", modified: "2026-03-01" }],
    ["changed since the latest release", "b", "3", { issued: "2026-01-01", modified: "2026-04-02" }],
    ["never released", "d", "1", { modified: "2026-04-02" }],
  ])("dates a dataset %s", (_, name, sha256, expected) => {
    expect(datasetDates(releases, new Map([[name, sha256]]), "2026-04-02").get(name)).toEqual(expected);
  });
});
