import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import id from "i18n-iso-countries/langs/id.json" with { type: "json" };
import { getProvinces, getRegencies } from "idn-area-data";
import { type Reference, type ReferenceList, referenceList } from "./referenceList.ts";

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

/** Builds the Kemendagri province and regency lists (idn-area-data: codes such as `32` and `32.02`). */
export async function regionLists(): Promise<{ provinces: ReferenceList; regencies: ReferenceList }> {
  const [provinces, regencies] = await Promise.all([getProvinces(), getRegencies()]);
  return {
    provinces: referenceList(new Map(provinces.map((p) => [p.code, { id: p.name, en: p.name }]))),
    regencies: referenceList(new Map(regencies.map((r) => [r.code, { id: r.name, en: r.name }]))),
  };
}

/** A codelist file in `schemas/codelists/`: codes with English and Indonesian labels. */
export interface CodelistFile {
  codes: Record<string, { en: string; id?: string }>;
  [key: string]: unknown;
}

/** Loads the packaged reference lists and adds the project's codelists (`schemas/codelists/*.json`). */
export async function loadReference(
  codelists: Readonly<Record<string, CodelistFile>> = {},
): Promise<Reference> {
  const { provinces, regencies } = await regionLists();
  const reference: Record<string, ReferenceList> = { countries: countryList(), provinces, regencies };
  for (const [name, file] of Object.entries(codelists)) {
    reference[name] = referenceList(new Map(Object.entries(file.codes)));
  }
  return reference;
}
