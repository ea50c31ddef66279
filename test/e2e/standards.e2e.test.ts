import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { validate as validateOpenApi } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { createAjv } from "../../src/lib/schema/createAjv.ts";
import { siteDir } from "../helpers/siteFixture.ts";
import { filesUnder } from "./crawl.ts";

// The standards outputs of the built fixture site (dist/ as `npm run build` writes it), checked
// together as files: what each catalog, JSON-LD block and API document says must be true of the
// files beside it. Unit tests check how each is written (test/unit/metadata, test/unit/api,
// test/unit/site/siteUrl.test.ts for the sitemap, which a build without KSST_SITE_URL does not
// write); robots.txt and the Open Graph/Twitter tags are checked in sharing.e2e.test.ts.

const files = new Set(filesUnder(siteDir).map((file) => `/${relative(siteDir, file).split(sep).join("/")}`));
const read = (path: string) => readFileSync(join(siteDir, path), "utf8");
const json = <T>(path: string) => JSON.parse(read(path)) as T;

/** The file a site-relative address serves (a folder's `index.html`), or undefined. */
function served(url: string): string | undefined {
  const path = decodeURI(url.split(/[?#]/)[0] ?? "");
  const file = path.endsWith("/") ? `${path}index.html` : path;
  return path.startsWith("/") && files.has(file) ? file : undefined;
}

/** The JSON-LD blocks of a page. */
function jsonLd(page: string): Record<string, unknown>[] {
  return [...read(page).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1] ?? "") as Record<string, unknown>,
  );
}

/** Every object in a JSON value, depth first. */
function objects(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(objects);
  if (typeof value !== "object" || value === null) return [];
  return [value as Record<string, unknown>, ...Object.values(value).flatMap(objects)];
}

const sha256 = (file: string) =>
  createHash("sha256")
    .update(readFileSync(join(siteDir, file)))
    .digest("hex");
const bytes = (file: string) => statSync(join(siteDir, file)).size;

describe("the standards outputs of the built site, together", () => {
  it("DCAT-AP: every distribution is a file of the site, with its exact size and SHA-256", () => {
    const graph = json<{ "@graph": unknown[] }>("/downloads/dcat.jsonld")["@graph"];
    const distributions = objects(graph).filter((o) => o["@type"] === "dcat:Distribution");
    expect(distributions.length).toBeGreaterThanOrEqual(3 * 7);
    for (const d of distributions) {
      const url = (d["dcat:downloadURL"] as { "@id": string })["@id"];
      const file = served(url);
      expect(file, url).toBeDefined();
      expect(Number((d["dcat:byteSize"] as { "@value": string })["@value"]), url).toBe(bytes(file as string));
      const checksum = d["spdx:checksum"] as { "spdx:checksumValue": string | { "@value": string } };
      const value = checksum["spdx:checksumValue"];
      expect(typeof value === "string" ? value : value["@value"], url).toBe(sha256(file as string));
    }
  });

  it("DCAT-US data.json: every dataset's page and every distribution is a file of the site", () => {
    const catalog = json<{
      dataset: {
        identifier: string;
        landingPage?: string;
        distribution: { downloadURL: string; mediaType: string }[];
      }[];
    }>("/data.json");
    expect(catalog.dataset.length).toBe(7);
    for (const dataset of catalog.dataset) {
      expect(served(dataset.identifier), dataset.identifier).toBeDefined();
      for (const d of dataset.distribution) {
        expect(served(d.downloadURL), d.downloadURL).toBeDefined();
        expect(d.mediaType).toMatch(/^[a-z]+\/[-+.\w]+$/);
      }
    }
  });

  it("schema.org: each dataset page's Dataset names files of the site with their sizes, and the catalog page lists every dataset page", () => {
    const datasetPages = [...files].filter((f) => /^\/en\/data\/[^/]+\/index\.html$/.test(f));
    expect(datasetPages.length).toBe(7);
    for (const page of datasetPages) {
      const dataset = jsonLd(page).find((block) => block["@type"] === "Dataset");
      expect(dataset, page).toBeDefined();
      const downloads = (dataset?.distribution ?? []) as { contentUrl: string; contentSize: string }[];
      expect(downloads.length, page).toBeGreaterThanOrEqual(2);
      for (const d of downloads) {
        const file = served(d.contentUrl);
        expect(file, d.contentUrl).toBeDefined();
        expect(d.contentSize, d.contentUrl).toBe(`${bytes(file as string)} B`);
      }
      expect(served(String(dataset?.url)), page).toBe(page);
    }
    const catalog = jsonLd("/en/data/index.html").find((block) => block["@type"] === "DataCatalog");
    const listed = ((catalog?.dataset ?? []) as { url: string }[]).map((d) => served(d.url));
    expect(listed.sort()).toEqual(datasetPages.sort());
  });

  it("the data package and the IATI file the data page links are files of the site", () => {
    const catalogPage = read("/en/data/index.html");
    for (const file of [
      "/downloads/datapackage.json",
      "/downloads/iati-activities.xml",
      "/downloads/dcat.jsonld",
      "/data.json",
      "/api/v1/openapi.json",
    ]) {
      expect(catalogPage).toContain(`href="${file}"`);
      expect(files.has(file), file).toBe(true);
    }
  });

  it("API: the OpenAPI document passes a validator, each of its paths has files, and every file matches its path's schema", async () => {
    const openapi = json<Record<string, unknown> & { paths: Record<string, unknown> }>(
      "/api/v1/openapi.json",
    );
    const result = await validateOpenApi(structuredClone(openapi) as never);
    expect(result.valid, JSON.stringify(result)).toBe(true);
    const ajv = createAjv({ strict: false });
    ajv.addSchema(openapi, "openapi.json");
    const templates = Object.keys(openapi.paths).map((path) => ({
      path,
      pattern: new RegExp(`^/api/v1${path.replace(/[.]/g, "\\.").replace(/\{[^}]+\}/g, "[^/]+")}$`),
      validate: ajv.compile({
        $ref: `openapi.json#/paths/${path.replaceAll("~", "~0").replaceAll("/", "~1").replaceAll("{", "%7B").replaceAll("}", "%7D")}/get/responses/200/content/application~1json/schema`,
      }),
      files: 0,
    }));
    const apiFiles = [...files].filter((f) => f.startsWith("/api/v1/") && f !== "/api/v1/openapi.json");
    expect(apiFiles.length).toBeGreaterThan(100);
    for (const file of apiFiles) {
      // A record path (`/activities/{id}.json`) also matches a list page's name: the most specific wins.
      const template = templates.find(
        (t) => t.pattern.test(file) && t.path.includes("/page/") === file.includes("/page/"),
      );
      expect(template, `${file} has no path in the OpenAPI document`).toBeDefined();
      if (!template) continue;
      template.files += 1;
      expect(template.validate(json(file)), `${file}: ${JSON.stringify(template.validate.errors)}`).toBe(
        true,
      );
    }
    expect(templates.filter((t) => t.files === 0 && t.path !== "/openapi.json").map((t) => t.path)).toEqual(
      [],
    );
  });
});
