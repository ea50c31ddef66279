import { datasetFormat } from "../lib/catalog.ts";
import { datasetDates } from "../lib/metadata/datasetDates.ts";
import type {
  DescribedCatalog,
  DescribedDataset,
  DescribedLicence,
} from "../lib/metadata/describedCatalog.ts";
import type { ReleaseManifest } from "../lib/releases/releaseManifest.ts";
import { resolveSchema } from "../lib/schema/jsonSchema.ts";
import { foreignKeyOf, labelOf } from "../lib/schema/vocabulary.ts";
import { countryAlpha3 } from "../node/countryAlpha3.ts";
import { catalogLicence } from "./catalogLicence.ts";
import { downloadPath } from "./filePaths.ts";
import { perLang } from "./perLang.ts";
import { pathOf } from "./routes.ts";
import type { SiteData, SiteDataset } from "./siteData.ts";
import { absoluteUrl } from "./siteUrl.ts";

/** The countries a dataset's records name, in every column whose values are ISO 3166-1 codes. */
function countriesOf(dataset: SiteDataset, data: SiteData): DescribedDataset["countries"] {
  const columns = dataset.columns.filter((c) => {
    const items = c.schema.items
      ? resolveSchema(c.schema.items, data.registry, dataset.entry.schema)
      : undefined;
    return foreignKeyOf(c.schema, items) === "ref:countries";
  });
  const codes = new Set<string>();
  for (const record of dataset.records)
    for (const column of columns) {
      const value = column.read(record);
      for (const code of Array.isArray(value) ? value : value === undefined ? [] : [value])
        if (typeof code === "string") codes.add(code);
    }
  return [...codes].sort().map((alpha2) => {
    const alpha3 = countryAlpha3(alpha2);
    const name = perLang((lang) => data.reference.countries?.label(alpha2, lang) ?? alpha2);
    return { alpha2, ...(alpha3 ? { alpha3 } : {}), name };
  });
}

/** Reads the licence of the catalog in both languages. */
function licenceOf(data: SiteData): DescribedLicence {
  const licence = perLang((lang) => catalogLicence(data.catalog, lang));
  return { id: licence.en.id, title: perLang((lang) => licence[lang].name), url: licence.en.href };
}

/**
 * Describes the catalog once for every metadata standard (DCAT-AP, DCAT-US, schema.org): its
 * datasets with their pages, coverage, dates from the releases (oldest first), fields and files.
 * URLs are absolute when the site's address is known.
 */
export function describedCatalog(
  data: SiteData,
  site: URL | string | undefined,
  releases: readonly ReleaseManifest[],
): DescribedCatalog {
  const { catalog } = data;
  const url = (path: string) => absoluteUrl(path, site);
  const current = new Map(
    [...data.siteDatasets.values()].flatMap((d) => {
      const kept = d.downloads.find((f) => f.format === datasetFormat(d.entry));
      return kept ? [[d.entry.name, kept.sha256] as const] : [];
    }),
  );
  const dates = datasetDates(releases, current, data.builtOn);
  const licence = licenceOf(data);
  const datasets = [...data.siteDatasets.values()].map((d): DescribedDataset => {
    const { entry } = d;
    const schemaUrl = url(`/schemas/${d.entry.schema}`);
    const fields = d.columns.map((c) => {
      const label = perLang((lang) => labelOf(c.property, lang) ?? labelOf(c.schema, lang) ?? c.name);
      const description = c.property.description ?? c.schema.description;
      return { name: c.name, label, ...(typeof description === "string" ? { description } : {}) };
    });
    return {
      name: d.entry.name,
      title: d.entry.title,
      description: entry.description,
      page: perLang((lang) => url(pathOf({ kind: "dataset", id: entry.name }, lang))),
      keywords: entry.keywords,
      ...(entry.temporal ? { temporal: entry.temporal } : {}),
      countries: countriesOf(d, data),
      frequency: entry.update_frequency,
      ...(dates.get(d.entry.name) ?? { modified: data.builtOn }),
      licence,
      rows: d.records.length,
      fields,
      distributions: d.downloads.map((f) => ({
        format: f.format,
        mediaType: f.mediatype,
        url: url(downloadPath(f.fileName)),
        bytes: f.size,
        sha256: f.sha256,
        schemaUrl,
      })),
    };
  });
  const issued = releases[0]?.date;
  return {
    title: catalog.title,
    description: catalog.description,
    page: perLang((lang) => url(pathOf({ kind: "catalog" }, lang))),
    publisher: {
      name: catalog.publisher.name,
      ...(catalog.publisher.url ? { url: catalog.publisher.url } : {}),
    },
    contact: {
      name: catalog.contact.name,
      ...(catalog.contact.email ? { email: catalog.contact.email } : {}),
      ...(catalog.contact.url ? { url: catalog.contact.url } : {}),
    },
    licence,
    languages: ["id", "en"],
    version: data.version,
    ...(issued ? { issued } : {}),
    modified:
      datasets
        .map((d) => d.modified)
        .sort()
        .at(-1) ?? data.builtOn,
    datasets,
  };
}
