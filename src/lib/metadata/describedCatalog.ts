import type { Bilingual, Lang, PartialDate } from "../model.ts";

// One description of the catalog, computed once from the catalog, the records and the releases, from
// which each metadata standard is written (DCAT-AP, DCAT-US, schema.org): the output format is
// chosen last. URLs are absolute when the site's address is known, else site-relative paths.

/** A licence: SPDX-style id, title in both languages, URL. */
export interface DescribedLicence {
  id: string;
  title: Bilingual;
  url: string;
}

/** One downloadable file of a dataset. */
export interface DescribedDistribution {
  /** File format as the site names it: `csv`, `json`, `xlsx`. */
  format: string;
  mediaType: string;
  url: string;
  bytes: number;
  sha256: string;
  /** The JSON Schema the file's records follow. */
  schemaUrl: string;
}

/** One dataset of the catalog. */
export interface DescribedDataset {
  name: string;
  title: Bilingual;
  description: Partial<Bilingual>;
  /** The dataset's page in each language. */
  page: Record<Lang, string>;
  keywords: Partial<Record<Lang, readonly string[]>>;
  temporal?: { start: PartialDate; end: PartialDate };
  /** The countries its records name (where activities took place, recipients), by ISO 3166-1 code. */
  countries: readonly { alpha2: string; alpha3?: string; name: Bilingual }[];
  /** How often it is updated (`irregular`, `monthly`, `quarterly`, `annual`). */
  frequency?: string;
  /** First published (the first release holding it), `YYYY-MM-DD`. */
  issued?: string;
  /** Last changed (the release that last changed it, or the build date when changed since), `YYYY-MM-DD`. */
  modified: string;
  licence: DescribedLicence;
  rows: number;
  /** Its fields, with labels, for what a dataset measures. */
  fields: readonly { name: string; label: Bilingual; description?: string }[];
  distributions: readonly DescribedDistribution[];
}

/** The whole catalog, described once for every metadata standard. */
export interface DescribedCatalog {
  title: Bilingual;
  description: Bilingual;
  /** The catalog page in each language. */
  page: Record<Lang, string>;
  publisher: { name: Bilingual; url?: string };
  contact: { name: string; email?: string; url?: string };
  licence: DescribedLicence;
  languages: readonly Lang[];
  /** The data version (a release number, or one plus a digest). */
  version: string;
  issued?: string;
  modified: string;
  datasets: readonly DescribedDataset[];
}
