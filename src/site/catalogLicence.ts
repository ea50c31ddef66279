import type { Catalog } from "../lib/catalog.ts";
import type { Lang } from "../lib/model.ts";

/** The licence the datasets of a catalog are published under: SPDX id, title in a language and URL. */
export function catalogLicence(catalog: Catalog, lang: Lang): { id: string; name: string; href: string } {
  const licences = (catalog.licences ?? {}) as Record<
    string,
    { title?: Partial<Record<Lang, string>>; url?: string }
  >;
  const used = catalog.datasets.find((d) => typeof d.licence === "string")?.licence;
  const id = used ?? Object.keys(licences)[0] ?? "CC-BY-4.0";
  const licence = licences[id];
  return {
    id,
    name: licence?.title?.[lang] ?? id,
    href: licence?.url ?? "https://creativecommons.org/licenses/by/4.0/",
  };
}
