import type { DataCatalog, Dataset, Organization, WithContext } from "schema-dts";
import type { Lang } from "../model.ts";
import type { DescribedCatalog, DescribedDataset } from "./describedCatalog.ts";

// schema.org `Dataset` and `DataCatalog` (https://schema.org/Dataset), with what Google Dataset
// Search reads (https://developers.google.com/search/docs/appearance/structured-data/dataset):
// written from the same catalog description as DCAT, in the page's language. Typed with schema-dts
// (Google's schema.org typings), so a property schema.org does not have, or a value of the wrong
// type, fails the type check.

function organisation(catalog: DescribedCatalog, lang: Lang): Organization {
  return {
    "@type": "Organization",
    name: catalog.publisher.name[lang],
    ...(catalog.publisher.url ? { url: catalog.publisher.url } : {}),
    ...(catalog.contact.email || catalog.contact.url
      ? {
          contactPoint: {
            "@type": "ContactPoint",
            name: catalog.contact.name,
            ...(catalog.contact.email ? { email: catalog.contact.email } : {}),
            ...(catalog.contact.url ? { url: catalog.contact.url } : {}),
          },
        }
      : {}),
  };
}

function catalogRef(catalog: DescribedCatalog, lang: Lang): DataCatalog {
  return { "@type": "DataCatalog", name: catalog.title[lang], url: catalog.page[lang] };
}

function datasetNode(
  catalog: DescribedCatalog,
  dataset: DescribedDataset,
  lang: Lang,
): Exclude<Dataset, string> {
  return {
    "@type": "Dataset",
    "@id": dataset.page[lang],
    name: dataset.title[lang],
    description: dataset.description[lang] ?? dataset.title[lang],
    url: dataset.page[lang],
    sameAs: dataset.page[lang === "id" ? "en" : "id"],
    identifier: dataset.name,
    inLanguage: [...catalog.languages],
    keywords: [...(dataset.keywords[lang] ?? [])],
    license: dataset.licence.url,
    isAccessibleForFree: true,
    creator: organisation(catalog, lang),
    publisher: organisation(catalog, lang),
    ...(dataset.issued ? { datePublished: dataset.issued } : {}),
    dateModified: dataset.modified,
    version: catalog.version,
    ...(dataset.temporal ? { temporalCoverage: `${dataset.temporal.start}/${dataset.temporal.end}` } : {}),
    ...(dataset.countries.length > 0
      ? {
          spatialCoverage: dataset.countries.map((c) => ({
            "@type": "Country",
            name: c.name[lang],
            identifier: c.alpha2,
          })),
        }
      : {}),
    variableMeasured: dataset.fields.map((f) => ({
      "@type": "PropertyValue",
      name: f.name,
      alternateName: f.label[lang],
      ...(f.description ? { description: f.description } : {}),
    })),
    distribution: dataset.distributions.map((file) => ({
      "@type": "DataDownload",
      encodingFormat: file.mediaType,
      contentUrl: file.url,
      contentSize: `${file.bytes} B`,
    })),
    includedInDataCatalog: catalogRef(catalog, lang),
  };
}

/** Writes a dataset page's schema.org `Dataset` JSON-LD, with the page's citation text. */
export function schemaOrgDataset(
  catalog: DescribedCatalog,
  name: string,
  lang: Lang,
  citation: string,
): WithContext<Dataset> {
  const dataset = catalog.datasets.find((d) => d.name === name);
  if (!dataset) throw new Error(`Dataset ${name} is not in the catalog.`);
  return { "@context": "https://schema.org", ...datasetNode(catalog, dataset, lang), citation };
}

/** Writes the catalog page's schema.org `DataCatalog` JSON-LD, with every dataset. */
export function schemaOrgCatalog(catalog: DescribedCatalog, lang: Lang): WithContext<DataCatalog> {
  return {
    "@context": "https://schema.org",
    "@type": "DataCatalog",
    name: catalog.title[lang],
    url: catalog.page[lang],
    "@id": catalog.page[lang],
    description: catalog.description[lang],
    inLanguage: [...catalog.languages],
    license: catalog.licence.url,
    publisher: organisation(catalog, lang),
    creator: organisation(catalog, lang),
    ...(catalog.issued ? { datePublished: catalog.issued } : {}),
    dateModified: catalog.modified,
    version: catalog.version,
    dataset: catalog.datasets.map((d) => datasetNode(catalog, d, lang)),
  };
}

/** Serialises JSON-LD for a `<script type="application/ld+json">` element (no `</script>` can end it early). */
export function jsonLdScript(node: object): string {
  return JSON.stringify(node).replaceAll("<", "\\u003c");
}
