import { bilingualOf, type ReadCatalog } from "../lib/catalog.ts";
import type { Lang } from "../lib/model.ts";
import { isJsonObject } from "../lib/releases/jsonValue.ts";

/**
 * The licence the datasets of a catalog are published under: SPDX id, title in a language and URL.
 * Any release's catalog (read under that release's schemas) or today's.
 */
export function catalogLicence(catalog: ReadCatalog, lang: Lang): { id: string; name: string; href: string } {
  const licences = isJsonObject(catalog.licences) ? catalog.licences : {};
  const used = catalog.datasets.find((d) => typeof d.licence === "string")?.licence;
  const id = typeof used === "string" ? used : (Object.keys(licences)[0] ?? "CC-BY-4.0");
  const licence = licences[id];
  const url = isJsonObject(licence) ? licence.url : undefined;
  return {
    id,
    name: (isJsonObject(licence) ? bilingualOf(licence.title)?.[lang] : undefined) ?? id,
    href: typeof url === "string" ? url : "https://creativecommons.org/licenses/by/4.0/",
  };
}
