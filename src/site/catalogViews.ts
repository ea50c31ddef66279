import { t } from "../i18n/t.ts";
import { formatBytes } from "../lib/format/formatBytes.ts";
import { formatDateRange } from "../lib/format/formatDateRange.ts";
import { formatNumber } from "../lib/format/formatNumber.ts";
import type { Lang } from "../lib/model.ts";
import { resolveSchema } from "../lib/schema/jsonSchema.ts";
import { enumLabel } from "../lib/schema/vocabulary.ts";
import { isolateBidi } from "../lib/text/isolateBidi.ts";
import { type CodelistTitles, type DictionaryRow, dictionaryRows } from "./dictionary.ts";
import type { Inline } from "./fieldValues.ts";
import { downloadPath } from "./filePaths.ts";
import { siteLicence } from "./layoutView.ts";
import { commitmentRef } from "./names.ts";
import { pathOf } from "./routes.ts";
import type { SiteData, SiteDataset } from "./siteData.ts";
import { absoluteUrl } from "./siteUrl.ts";

/** Codelist titles by name, for the data dictionary. */
function codelistTitles(data: SiteData): CodelistTitles {
  return Object.fromEntries((data.catalog.codelists ?? []).map((c) => [c.name, c.title]));
}

/** A download as listed on a dataset page. */
export interface DownloadView {
  format: string;
  href: string;
  fileName: string;
  size: string;
  bytes: string;
  sha256: string;
  note: string;
}

/** One card of the data catalog. */
export interface CatalogCard {
  name: string;
  href: string;
  title: string;
  description: string;
  rows: string;
  downloads: { label: string; href: string }[];
}

/** Builds one card per dataset of the catalog, in catalog order. */
export function catalogCards(data: SiteData, lang: Lang): CatalogCard[] {
  return [...data.siteDatasets.values()].map((d) => ({
    name: d.entry.name,
    href: pathOf({ kind: "dataset", id: d.entry.name }, lang),
    title: d.entry.title[lang],
    description: d.entry.description[lang],
    rows: t(lang, "catalog.rows", { count: formatNumber(d.records.length, lang) }),
    downloads: d.downloads.map((f) => ({ label: f.format.toUpperCase(), href: downloadPath(f.fileName) })),
  }));
}

/** Everything a dataset page shows. */
export interface DatasetView {
  name: string;
  title: string;
  description: string;
  about: { label: string; values: Inline[] }[];
  downloads: DownloadView[];
  dictionary: DictionaryRow[];
  schemaFile: string;
  citation: string;
  /** The dataset page's path, which the citation names (absolute when the site's address is known). */
  pagePath: string;
}

function downloadViews(dataset: SiteDataset, lang: Lang): DownloadView[] {
  return dataset.downloads.map((f) => ({
    format: f.format.toUpperCase(),
    href: downloadPath(f.fileName),
    fileName: f.fileName,
    size: formatBytes(f.size, lang),
    bytes: formatNumber(f.size, lang),
    sha256: f.sha256,
    note:
      f.format === "csv"
        ? `${t(lang, "dataset.csvNote")}${dataset.nested ? ` ${t(lang, "dataset.csvNestedNote")}` : ""}`
        : f.format === "xlsx"
          ? t(lang, "dataset.xlsxNote")
          : t(lang, "dataset.jsonNote"),
  }));
}

/** Builds the page of one dataset: metadata, downloads with checksums, dictionary and citation. */
export function datasetView(data: SiteData, lang: Lang, name: string, site: URL | undefined): DatasetView {
  const dataset = data.siteDatasets.get(name);
  if (!dataset) throw new Error(`Dataset ${name} is not in the catalog.`);
  const { entry } = dataset;
  const { catalog } = data;
  const licence = siteLicence(data, lang);
  const licenceEntry = catalog.licences[entry.licence];
  const licenceName = licenceEntry?.title[lang] ?? entry.licence;
  const licenceHref = licenceEntry?.url ?? licence.href;
  const publisher = catalog.publisher.name[lang];
  const unknown: Inline = { text: t(lang, "common.unknown"), absent: true };
  const catalogSchema = data.schemas["catalog.schema.json"];
  const frequencyNode = catalogSchema
    ? resolveSchema(
        catalogSchema.properties?.datasets?.items?.properties?.update_frequency ?? {},
        data.registry,
        "catalog.schema.json",
      )
    : undefined;
  const coverage = formatDateRange(entry.temporal?.start, entry.temporal?.end, lang);
  const { contact } = catalog;
  const contactValues: Inline[] = [
    { text: contact.name },
    ...(contact.email ? [{ text: contact.email, href: `mailto:${contact.email}` }] : []),
    ...(contact.url ? [{ text: contact.url, href: contact.url, external: true }] : []),
  ];
  const about = [
    { label: t(lang, "dataset.licence"), values: [{ text: licenceName, href: licenceHref, external: true }] },
    {
      label: t(lang, "dataset.publisher"),
      values: [
        catalog.publisher.url
          ? { text: publisher, href: catalog.publisher.url, external: true }
          : { text: publisher },
      ],
    },
    { label: t(lang, "dataset.contact"), values: contactValues },
    {
      label: t(lang, "dataset.frequency"),
      values: [{ text: enumLabel(frequencyNode, entry.update_frequency, lang) }],
    },
    { label: t(lang, "dataset.coverage"), values: [coverage ? { text: coverage } : unknown] },
    {
      label: t(lang, "dataset.keywords"),
      values: entry.keywords[lang].map((k) => ({ text: k })),
    },
    { label: t(lang, "dataset.rows"), values: [{ text: formatNumber(dataset.records.length, lang) }] },
    {
      label: t(lang, "dataset.commitments"),
      values: entry.ogp_commitments.length
        ? entry.ogp_commitments.map((id) => commitmentRef(data.index, id, lang))
        : [{ text: t(lang, "common.none"), absent: true }],
    },
  ];
  const pagePath = pathOf({ kind: "dataset", id: name }, lang);
  const pageUrl = absoluteUrl(pagePath, site);
  const year = data.builtOn.slice(0, 4);
  const title = entry.title[lang];
  const citation = `${isolateBidi(publisher)} (${year}). ${isolateBidi(title)} [dataset], ${lang === "id" ? "versi" : "version"} ${data.version}. ${pageUrl}. ${entry.licence}.`;
  return {
    name,
    title,
    description: entry.description[lang],
    about,
    downloads: downloadViews(dataset, lang),
    dictionary: dictionaryRows(dataset.schema, data.registry, entry.schema, lang, codelistTitles(data)),
    schemaFile: entry.schema,
    citation,
    pagePath,
  };
}
