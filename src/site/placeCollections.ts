import type { ApiCollection } from "../lib/api/apiDocuments.ts";
import { bilingualNameSchema, idListSchema, placeRecordSchema } from "../lib/api/apiSchemas.ts";
import { provincesOf } from "../lib/stats/provincesOf.ts";
import { perLang } from "./perLang.ts";
import type { SiteData } from "./siteData.ts";

// The API's derived collections of Indonesian places (Kemendagri codes), one record per province or
// regency/city the activities name, as the site has a page for each (docs/standards.md).

/** The record schemas of the place collections, for the OpenAPI document's components. */
export const placeSchemas = {
  provinces: placeRecordSchema(
    "An Indonesian province (Kemendagri code) that activities name, directly or through one of its regencies, with those activities and the regencies named in it.",
    "^[0-9]{2}$",
    {
      name: bilingualNameSchema,
      activities: idListSchema("Activities held in the province (listing it or one of its regencies)."),
      regencies: idListSchema("Regencies and cities of the province that activities name (codes)."),
    },
  ),
  regencies: placeRecordSchema(
    "An Indonesian regency or city (Kemendagri code) that activities name, with its province and those activities.",
    "^[0-9]{2}\\.[0-9]{2}$",
    {
      province: { type: "string", pattern: "^[0-9]{2}$" },
      name: bilingualNameSchema,
      activities: idListSchema("Activities held in the regency or city."),
    },
  ),
} as const;

/** Groups activity ids by the codes `codesOf` gives each activity, in code order. */
function byCode(
  data: SiteData,
  codesOf: (a: SiteData["datasets"]["activities"][number]) => readonly string[],
) {
  const found = new Map<string, string[]>();
  for (const activity of data.datasets.activities)
    for (const code of codesOf(activity)) found.set(code, [...(found.get(code) ?? []), activity.id]);
  return [...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The provinces and the regencies/cities the activities name, as API collections: each with its names
 * in both languages (the packaged Kemendagri reference list) and the activities that name it.
 */
export function placeCollections(data: SiteData): ApiCollection[] {
  const label = (list: "provinces" | "regencies", code: string) =>
    perLang((lang) => data.reference[list]?.label(code, lang) ?? code);
  const regencies = byCode(data, (a) => a.regencies ?? []);
  return [
    {
      name: "provinces",
      title: { id: "Provinsi", en: "Provinces" },
      description: {
        id: "Provinsi Indonesia yang disebut kegiatan (langsung atau lewat kabupaten/kotanya), dengan kegiatan itu dan kabupaten/kota yang disebut.",
        en: "Indonesian provinces the activities name (directly or through a regency or city), with those activities and the regencies and cities named.",
      },
      records: byCode(data, provincesOf).map(([code, activities]) => ({
        id: code,
        record: {
          code,
          name: label("provinces", code),
          activities,
          regencies: regencies.map(([r]) => r).filter((r) => r.startsWith(`${code}.`)),
        },
      })),
    },
    {
      name: "regencies",
      title: { id: "Kabupaten/kota", en: "Regencies and cities" },
      description: {
        id: "Kabupaten dan kota Indonesia yang disebut kegiatan, dengan provinsinya dan kegiatan itu.",
        en: "Indonesian regencies and cities the activities name, with their province and those activities.",
      },
      records: regencies.map(([code, activities]) => ({
        id: code,
        record: { code, province: code.split(".")[0] ?? "", name: label("regencies", code), activities },
      })),
    },
  ];
}
