import { compileErrors, validate as validateOpenApi } from "@readme/openapi-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { apiIndex, apiPage, apiPageCount, apiRecord } from "../../../src/lib/api/apiDocuments.ts";
import { createAjv } from "../../../src/lib/schema/createAjv.ts";
import {
  apiCollections,
  apiMeta,
  apiOpenApi,
  apiPages,
  apiUrl,
  recordHtml,
} from "../../../src/site/apiFiles.ts";
import type { SiteData } from "../../../src/site/siteData.ts";
import { fixtureSiteData } from "../../helpers/fixtureSiteData.ts";

// The static JSON API of the site fixture: its OpenAPI 3.1 document must pass a real OpenAPI
// validator (@readme/openapi-parser), and every file the API serves must match the response schema
// the document gives for its path (ajv, JSON Schema 2020-12, the dialect of OpenAPI 3.1).

const site = "https://data.example.org/";
let data: SiteData;
let openapi: Record<string, unknown>;
beforeAll(async () => {
  data = await fixtureSiteData();
  openapi = apiOpenApi(data, site);
}, 60_000);

/** Compiles the 200 response schema of a path of the OpenAPI document. */
function responseValidator(path: string) {
  // The project's ajv: its `partial-date` format and x- keywords, which the record schemas use.
  const ajv = createAjv({ strict: false });
  ajv.addSchema(structuredClone(openapi), "openapi.json");
  const pointer = `/paths/${path.replaceAll("~", "~0").replaceAll("/", "~1")}/get/responses/200/content/application~1json/schema`;
  return ajv.compile({ $ref: `openapi.json#${pointer.replaceAll("{", "%7B").replaceAll("}", "%7D")}` });
}

describe("the OpenAPI 3.1 document", () => {
  it("is accepted by an OpenAPI validator", async () => {
    const result = await validateOpenApi(structuredClone(openapi) as never);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
    expect(result.warnings).toEqual([]);
    expect(openapi.openapi).toBe("3.1.0");
  });

  type Doc = { paths: Record<string, { get: Record<string, unknown> }> };
  it.each([
    [
      "a reference to a schema that does not exist",
      (doc: Doc) => {
        (doc.paths["/index.json"] as { get: Record<string, unknown> }).get.responses = {
          "200": {
            description: "x",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Nope" } } },
          },
        };
      },
    ],
    [
      "a path template without its parameter",
      (doc: Doc) => {
        (doc.paths["/activities/{id}.json"] as { get: Record<string, unknown> }).get.parameters = [];
      },
    ],
  ])("is rejected by the validator with %s (the check is not vacuous)", async (_, breakIt) => {
    const broken = structuredClone(openapi) as Doc;
    breakIt(broken);
    expect((await validateOpenApi(broken as never)).valid).toBe(false);
  });

  it("describes every collection's list and records", () => {
    const paths = Object.keys(openapi.paths as object);
    for (const c of apiCollections(data))
      expect(paths).toEqual(expect.arrayContaining([`/${c.name}/page/{page}.json`, `/${c.name}/{id}.json`]));
  });
});

describe("every response of the API", () => {
  it("matches its path's response schema: the index, each list page and each record", () => {
    const url = apiUrl(site);
    const meta = apiMeta(data);
    const collections = apiCollections(data);
    const index = responseValidator("/index.json");
    expect(index(apiIndex(collections, meta, url)), JSON.stringify(index.errors)).toBe(true);
    let checked = 0;
    for (const c of collections) {
      const record = responseValidator(`/${c.name}/{id}.json`);
      const page = responseValidator(`/${c.name}/page/{page}.json`);
      for (const entry of c.records) {
        const doc = apiRecord(c, entry, meta, url, recordHtml(c.name, entry.id, site));
        expect(record(doc), `${c.name}/${entry.id}: ${JSON.stringify(record.errors)}`).toBe(true);
        checked++;
      }
      for (let n = 1; n <= apiPageCount(c); n++)
        expect(page(apiPage(c, n, meta, url)), JSON.stringify(page.errors)).toBe(true);
    }
    expect(checked).toBe(collections.reduce((n, c) => n + c.records.length, 0));
    expect(checked).toBeGreaterThan(100);
  });

  it("fails its schema when a record breaks its dataset's schema", () => {
    const activities = apiCollections(data).find((c) => c.name === "activities");
    const entry = activities?.records[0];
    if (!activities || !entry) throw new Error("no activity");
    const record = responseValidator("/activities/{id}.json");
    const broken = { ...entry, record: { ...(entry.record as object), status: "finished" } };
    expect(record(apiRecord(activities, broken, apiMeta(data), apiUrl(site)))).toBe(false);
  });

  it("pages a list so that the pages hold every record once, linked first to last", () => {
    const activities = apiCollections(data).find((c) => c.name === "activities");
    if (!activities) throw new Error("no activities");
    const url = apiUrl(undefined);
    const pages = Array.from({ length: apiPageCount(activities, 7) }, (_, i) =>
      apiPage(activities, i + 1, apiMeta(data), url, 7),
    ) as {
      data: { id: string; href: string }[];
      links: { next?: string; prev?: string; last: string };
    }[];
    expect(pages.flatMap((p) => p.data.map((d) => d.id))).toEqual(activities.records.map((r) => r.id));
    expect(pages[0]?.links.prev).toBeUndefined();
    expect(pages[0]?.links.next).toBe("/api/v1/activities/page/2.json");
    expect(pages.at(-1)?.links.next).toBeUndefined();
    expect(pages[0]?.links.last).toBe(`/api/v1/activities/page/${pages.length}.json`);
    expect(pages[0]?.data[0]?.href).toBe(`/api/v1/activities/${activities.records[0]?.id}.json`);
  });

  it("lists each page once for the static routes, and countries with the records naming them", () => {
    const collections = apiCollections(data);
    expect(apiPages(collections).length).toBe(collections.reduce((n, c) => n + apiPageCount(c), 0));
    const indonesia = collections.find((c) => c.name === "countries")?.records.find((r) => r.id === "ID")
      ?.record as {
      name: { en: string };
      activities: string[];
    };
    expect(indonesia.name.en).toBe("Indonesia");
    expect(indonesia.activities.length).toBeGreaterThan(0);
  });

  it("lists the provinces and regencies the activities name, each with its activities and its page", () => {
    const collections = apiCollections(data);
    const records = (name: string) =>
      (collections.find((c) => c.name === name)?.records ?? []).map(
        (r) =>
          r.record as {
            code: string;
            name: { id: string; en: string };
            activities: string[];
            regencies?: string[];
            province?: string;
          },
      );
    const provinces = records("provinces");
    const regencies = records("regencies");
    expect(provinces.length).toBeGreaterThan(0);
    expect(regencies.length).toBeGreaterThan(0);
    for (const regency of regencies) {
      // Each regency's activities name it, and its province lists it and holds those activities.
      for (const id of regency.activities)
        expect(data.index.activities.get(id)?.regencies).toContain(regency.code);
      const province = provinces.find((p) => p.code === regency.province);
      expect(province?.regencies).toContain(regency.code);
      expect(province?.activities).toEqual(expect.arrayContaining(regency.activities));
      expect(regency.name.en).not.toBe(regency.code);
    }
    for (const province of provinces) {
      expect(province.name.id).not.toBe(province.code);
      for (const id of province.activities) {
        const a = data.index.activities.get(id);
        const named = [...(a?.provinces ?? []), ...(a?.regencies ?? []).map((r) => r.split(".")[0])];
        expect(named).toContain(province.code);
      }
    }
    const first = provinces[0] as { code: string };
    expect(recordHtml("provinces", first.code, site).en).toBe(`${site}en/provinces/${first.code}/`);
  });
});
