import {
  type ApiCollection,
  type ApiMeta,
  apiPageCount,
  apiRecord,
  apiVersion,
} from "../lib/api/apiDocuments.ts";
import { bilingualNameSchema, idListSchema, placeRecordSchema } from "../lib/api/apiSchemas.ts";
import { bundledSchemas, openApiDocument } from "../lib/api/openApiDocument.ts";
import { jsonBytes } from "../lib/downloads/jsonBytes.ts";
import type { Lang } from "../lib/model.ts";
import { primaryKeyOf } from "../lib/schema/vocabulary.ts";
import { catalogLicence } from "./catalogLicence.ts";
import { perLang } from "./perLang.ts";
import { placeCollections, placeSchemas } from "./placeCollections.ts";
import { type PageKey, pathOf } from "./routes.ts";
import type { SiteData } from "./siteData.ts";
import { absoluteUrl } from "./siteUrl.ts";

// The static JSON API's collections and documents, computed from the site's data (docs/standards.md).

/** The API's root path. */
export const apiRoot = `/api/${apiVersion}/`;

/** Collections whose records have a page on the site, and the page kind. */
const recordPages: Readonly<Record<string, (id: string) => PageKey>> = {
  activities: (id) => ({ kind: "activity", id }),
  organisations: (id) => ({ kind: "organisation", id }),
  commitments: (id) => ({ kind: "commitment", id }),
  provinces: (id) => ({ kind: "province", id }),
  regencies: (id) => ({ kind: "regency", id }),
};

/** The derived collection of countries: each country the records name, with the records naming it. */
const countriesSchema = placeRecordSchema(
  "A country the records name (ISO 3166-1 alpha-2), with the activities and finance records that name it.",
  "^[A-Z]{2}$",
  {
    name: bilingualNameSchema,
    activities: idListSchema("Activities held there or with it among their recipients."),
    finances: idListSchema("Finance records with it as recipient."),
  },
);

function countries(data: SiteData): ApiCollection {
  const named = new Map<string, { activities: Set<string>; finances: Set<string> }>();
  const entry = (code: string) => {
    const found = named.get(code) ?? { activities: new Set<string>(), finances: new Set<string>() };
    named.set(code, found);
    return found;
  };
  for (const a of data.datasets.activities)
    for (const code of [a.location_country, ...(a.recipient_countries ?? [])])
      if (code) entry(code).activities.add(a.id);
  for (const f of data.datasets.finances)
    if (f.recipient_country) entry(f.recipient_country).finances.add(f.id);
  return {
    name: "countries",
    title: { id: "Negara", en: "Countries" },
    description: {
      id: "Negara yang disebut rekaman (tempat kegiatan, penerima), dengan kegiatan dan catatan pendanaan yang menyebutnya.",
      en: "Countries the records name (where activities took place, recipients), with the activities and finance records naming them.",
    },
    records: [...named.keys()].sort().map((code) => {
      const found = named.get(code) as { activities: Set<string>; finances: Set<string> };
      return {
        id: code,
        record: {
          code,
          name: perLang((lang) => data.reference.countries?.label(code, lang) ?? code),
          activities: [...found.activities],
          finances: [...found.finances],
        },
      };
    }),
  };
}

/**
 * Every collection of the API: each dataset of the catalog (by its primary key), then the derived
 * countries, provinces and regencies/cities.
 */
export function apiCollections(data: SiteData): ApiCollection[] {
  // The records as validated, not as the pages show them (SiteDataset.published).
  const datasets = [...data.siteDatasets.values()].flatMap(({ schema, published }): ApiCollection[] => {
    const key = primaryKeyOf(schema);
    if (!key) return [];
    return [
      {
        name: published.entry.name,
        title: published.entry.title,
        description: published.entry.description ?? {},
        records: published.records.map((record) => ({ id: String(record[key]), record })),
      },
    ];
  });
  return [...datasets, countries(data), ...placeCollections(data)];
}

/** What every response says about the data. */
export function apiMeta(data: SiteData): ApiMeta {
  return { version: data.version, license: catalogLicence(data.catalog, "en").href };
}

/** Turns an API path into a site path, or an absolute URL when the site's address is known. */
export function apiUrl(site: URL | string | undefined): (path: string) => string {
  return (path) => absoluteUrl(`${apiRoot}${path}`, site);
}

/** The pages of a record on the site, when its collection has them. */
export function recordHtml(
  collection: string,
  id: string,
  site: URL | string | undefined,
): Partial<Record<Lang, string>> {
  const page = recordPages[collection];
  return page ? perLang((lang) => absoluteUrl(pathOf(page(id), lang), site)) : {};
}

/**
 * The file of every record of every collection, `api/v1/<collection>/<id>.json` (the file name as
 * Astro names a route parameter, `fileName`), with the bytes the record's route serves: made one at a
 * time, as they are written.
 */
export function* apiRecordFiles(
  data: SiteData,
  site: URL | string | undefined,
  fileName: (id: string) => string,
): Generator<{ path: string; bytes: Uint8Array }> {
  const meta = apiMeta(data);
  const url = apiUrl(site);
  for (const collection of apiCollections(data))
    for (const entry of collection.records)
      yield {
        path: `${apiRoot.slice(1)}${collection.name}/${fileName(entry.id)}.json`,
        bytes: jsonBytes(
          apiRecord(collection, entry, meta, url, recordHtml(collection.name, entry.id, site)),
        ),
      };
}

/** Lists the page numbers of each collection's list, for the static routes. */
export function apiPages(
  collections: readonly ApiCollection[],
): { collection: ApiCollection; page: number }[] {
  return collections.flatMap((collection) =>
    Array.from({ length: apiPageCount(collection) }, (_, i) => ({ collection, page: i + 1 })),
  );
}

/** Writes the OpenAPI 3.1 document of the API. */
export function apiOpenApi(data: SiteData, site: URL | string | undefined): Record<string, unknown> {
  const collections = apiCollections(data);
  const licence = catalogLicence(data.catalog, "en");
  const records = Object.fromEntries(
    [...data.siteDatasets.values()]
      .filter((d) => primaryKeyOf(d.schema))
      .map((d) => [d.entry.name, d.entry.schema]),
  );
  return openApiDocument(
    {
      title: `${data.catalog.title.en}: static JSON API`,
      description:
        "Read-only JSON files, one per record and one per page of each list (100 records a page), regenerated with every build of the site. Records are as validated against the JSON Schemas under /schemas/; unknown values are absent, never 0.",
      version: data.version,
      licence: { id: licence.id, url: licence.href },
      server: absoluteUrl(apiRoot.slice(0, -1), site),
    },
    collections,
    { ...bundledSchemas(data.schemas, records), countries: countriesSchema, ...placeSchemas },
  );
}
