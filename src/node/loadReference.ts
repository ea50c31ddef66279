// The library without its 80 locales (its Node entry loads them all): only these two are used.
import countries from "i18n-iso-countries/index.js";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import id from "i18n-iso-countries/langs/id.json" with { type: "json" };
import { getProvinces, getRegencies } from "idn-area-data";
import { provinceNamesEn } from "../lib/reference/provinceNamesEn.ts";
import { type Reference, type ReferenceList, referenceList } from "../lib/reference/referenceList.ts";

countries.registerLocale(en);
countries.registerLocale(id);

/** Builds the ISO 3166-1 alpha-2 country list with Indonesian and English names (i18n-iso-countries). */
export function countryList(): ReferenceList {
  const entries = new Map<string, { id: string; en: string }>();
  for (const code of Object.keys(countries.getAlpha2Codes())) {
    const nameEn = countries.getName(code, "en") ?? code;
    entries.set(code, { en: nameEn, id: countries.getName(code, "id") ?? nameEn });
  }
  return referenceList(entries);
}

/**
 * Builds the Kemendagri province and regency lists (idn-area-data: codes such as `32` and `32.02`), with
 * the provinces' English names (`provinceNamesEn`; regencies keep their Indonesian names in English).
 */
export async function regionLists(): Promise<{ provinces: ReferenceList; regencies: ReferenceList }> {
  const [provinces, regencies] = await Promise.all([getProvinces(), getRegencies()]);
  return {
    provinces: referenceList(
      new Map(provinces.map((p) => [p.code, { id: p.name, en: provinceNamesEn[p.code] ?? p.name }])),
    ),
    regencies: referenceList(new Map(regencies.map((r) => [r.code, { id: r.name, en: r.name }]))),
  };
}

/**
 * Loads the packaged reference lists: countries, provinces and regencies. (The project's own
 * codelists, `schemas/codelists/*.json`, are read by `validateFolder` with the schemas.)
 */
export async function loadReference(): Promise<Reference> {
  const { provinces, regencies } = await regionLists();
  return { countries: countryList(), provinces, regencies };
}
