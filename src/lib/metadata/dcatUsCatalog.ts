import type { DescribedCatalog, DescribedDataset } from "./describedCatalog.ts";

// DCAT-US Schema v1.1 (Project Open Data Metadata Schema, https://resources.data.gov/resources/dcat-us/),
// the `data.json` catalog US federal and many non-federal portals harvest. KSST Terbuka is no US
// federal agency, so the federal-only fields (bureauCode, programCode) are left out: the non-federal
// use of the schema. docs/standards.md maps each field.

/** DCAT-US's ISO 8601 repeating durations for the catalog's update frequencies. */
const periodicities: Readonly<Record<string, string>> = {
  irregular: "irregular",
  monthly: "R/P1M",
  quarterly: "R/P3M",
  annual: "R/P1Y",
};

/** DCAT-US `format` names of our formats. */
const formatNames: Readonly<Record<string, string>> = { csv: "CSV", json: "JSON", xlsx: "XLSX" };

function datasetEntry(catalog: DescribedCatalog, dataset: DescribedDataset): Record<string, unknown> {
  const periodicity = dataset.frequency ? periodicities[dataset.frequency] : undefined;
  return {
    "@type": "dcat:Dataset",
    title: dataset.title.en,
    description: dataset.description.en ?? dataset.title.en,
    keyword: [...(dataset.keywords.en ?? [])],
    modified: dataset.modified,
    publisher: { "@type": "org:Organization", name: catalog.publisher.name.en },
    contactPoint: {
      "@type": "vcard:Contact",
      fn: catalog.contact.name,
      // Required by DCAT-US; written only when the catalog gives an address (none is invented).
      ...(catalog.contact.email ? { hasEmail: `mailto:${catalog.contact.email}` } : {}),
    },
    identifier: dataset.page.en,
    accessLevel: "public",
    license: dataset.licence.url,
    ...(dataset.issued ? { issued: dataset.issued } : {}),
    ...(periodicity ? { accrualPeriodicity: periodicity } : {}),
    ...(dataset.temporal ? { temporal: `${dataset.temporal.start}/${dataset.temporal.end}` } : {}),
    ...(dataset.countries.length > 0 ? { spatial: dataset.countries.map((c) => c.name.en).join(", ") } : {}),
    language: catalog.languages.map((lang) => lang),
    landingPage: dataset.page.en,
    describedBy: dataset.distributions[0]?.schemaUrl,
    describedByType: "application/schema+json",
    distribution: dataset.distributions.map((file) => ({
      "@type": "dcat:Distribution",
      title: `${dataset.title.en} (${formatNames[file.format] ?? file.format})`,
      downloadURL: file.url,
      mediaType: file.mediaType,
      format: formatNames[file.format] ?? file.format,
      describedBy: file.schemaUrl,
      describedByType: "application/schema+json",
    })),
  };
}

/** Writes the catalog as a DCAT-US 1.1 `data.json`: one entry per dataset, in English. */
export function dcatUsCatalog(catalog: DescribedCatalog): Record<string, unknown> {
  return {
    "@context": "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
    "@id": catalog.page.en,
    "@type": "dcat:Catalog",
    conformsTo: "https://project-open-data.cio.gov/v1.1/schema",
    describedBy: "https://project-open-data.cio.gov/v1.1/schema/catalog.json",
    dataset: catalog.datasets.map((dataset) => datasetEntry(catalog, dataset)),
  };
}
