import { bundleText } from "../i18n/bundleText.ts";
import { bilingualOf, entryTitle, type ReadCatalog } from "../lib/catalog.ts";
import type { Bilingual, Lang } from "../lib/model.ts";
import { isJsonObject } from "../lib/releases/jsonValue.ts";

/** What a bundle's file descriptions read from the catalog the files were published with. */
export interface BundleCatalog {
  /** Dataset titles by dataset name. */
  datasets: ReadonlyMap<string, Bilingual>;
  /** The dataset each record schema belongs to, by schema file name. */
  schemas: ReadonlyMap<string, string>;
  /** Codelist titles by their path under `schemas/`. */
  codelists: ReadonlyMap<string, Bilingual>;
}

/** Reads what bundle file descriptions need from a catalog: dataset titles, schema owners, codelist titles. */
export function bundleCatalog(catalog: ReadCatalog): BundleCatalog {
  const codelists = Array.isArray(catalog.codelists) ? catalog.codelists : [];
  return {
    datasets: new Map(catalog.datasets.map((d) => [d.name, entryTitle(d)])),
    schemas: new Map(catalog.datasets.map((d) => [d.schema, d.name])),
    codelists: new Map(
      codelists.flatMap((c) => {
        const title = isJsonObject(c) ? bilingualOf(c.title) : undefined;
        return isJsonObject(c) && typeof c.path === "string" && c.path && title
          ? [[c.path, title] as const]
          : [];
      }),
    ),
  };
}

/** Fixed files and what they are. */
const namedFiles: Readonly<Record<string, Parameters<typeof bundleText>[1]>> = {
  "datapackage.json": "file.datapackage",
  "catalog.json": "file.catalog",
  "release.json": "file.manifest",
  "changelog.json": "file.changelog",
  "quality.json": "file.quality",
  "iati-activities.xml": "file.iati",
  "schemas/defs.schema.json": "file.defs",
  "schemas/catalog.schema.json": "file.catalogSchema",
};

/** Describes one file of a download bundle in a language, from its path (`activities.csv`, `schemas/…`). */
export function describeBundleFile(path: string, catalog: BundleCatalog, lang: Lang): string {
  const named = namedFiles[path];
  if (named) return bundleText(lang, named);
  const title = (name: string) => catalog.datasets.get(name)?.[lang] ?? name;
  if (path.startsWith("schemas/")) {
    const inside = path.slice("schemas/".length);
    const owner = catalog.schemas.get(inside);
    if (owner) return bundleText(lang, "file.schema", { title: title(owner) });
    const codelist = catalog.codelists.get(inside);
    if (codelist) return bundleText(lang, "file.codelist", { title: codelist[lang] });
    return bundleText(lang, "file.otherSchema");
  }
  const match = /^(.+)\.(csv|json|xlsx)$/.exec(path);
  if (match?.[1] && match[2] && catalog.datasets.has(match[1]))
    return bundleText(lang, `file.${match[2] as "csv" | "json" | "xlsx"}`, { title: title(match[1]) });
  return path;
}
