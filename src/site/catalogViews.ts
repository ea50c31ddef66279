import { t } from "../i18n/t.ts";
import type { CatalogDataset } from "../lib/catalog.ts";
import { formatBytes } from "../lib/format/formatBytes.ts";
import { formatDateRange } from "../lib/format/formatDateRange.ts";
import { formatNumber } from "../lib/format/formatNumber.ts";
import type { Bilingual, Lang } from "../lib/model.ts";
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

/** The catalog-level metadata the site reads (see schemas/catalog.schema.json). */
interface CatalogMeta {
  title?: Bilingual;
  description?: Bilingual;
  publisher?: { name?: Bilingual; url?: string };
  contact?: { name?: string; email?: string; url?: string };
  licences?: Record<string, { title?: Partial<Bilingual>; url?: string }>;
  codelists?: { name: string; title?: Partial<Bilingual> }[];
}

/** The extra fields of a catalog dataset entry the site reads. */
interface EntryMeta {
  licence?: string;
  update_frequency?: string;
  temporal?: { start?: string; end?: string };
  keywords?: Partial<Record<Lang, string[]>>;
  ogp_commitments?: string[];
}

function meta(data: SiteData): CatalogMeta {
  return data.catalog as unknown as CatalogMeta;
}

function entryMeta(entry: CatalogDataset): EntryMeta {
  return entry as unknown as EntryMeta;
}

/** Codelist titles by name, for the data dictionary. */
function codelistTitles(data: SiteData): CodelistTitles {
  return Object.fromEntries((meta(data).codelists ?? []).map((c) => [c.name, c.title ?? {}]));
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
    description: d.entry.description?.[lang] ?? "",
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
  const extra = entryMeta(entry);
  const catalog = meta(data);
  const licence = siteLicence(data, lang);
  const licenceEntry = extra.licence ? catalog.licences?.[extra.licence] : undefined;
  const licenceName = licenceEntry?.title?.[lang] ?? extra.licence ?? licence.name;
  const licenceHref = licenceEntry?.url ?? licence.href;
  const publisher = catalog.publisher?.name?.[lang] ?? t(lang, "site.name");
  const unknown: Inline = { text: t(lang, "common.unknown"), absent: true };
  const catalogSchema = data.schemas["catalog.schema.json"];
  const frequencyNode = catalogSchema
    ? resolveSchema(
        catalogSchema.properties?.datasets?.items?.properties?.update_frequency ?? {},
        data.registry,
        "catalog.schema.json",
      )
    : undefined;
  const coverage = formatDateRange(extra.temporal?.start, extra.temporal?.end, lang);
  const contact = catalog.contact;
  const contactValues: Inline[] = contact?.name
    ? [
        { text: contact.name },
        ...(contact.email ? [{ text: contact.email, href: `mailto:${contact.email}` }] : []),
        ...(contact.url ? [{ text: contact.url, href: contact.url, external: true }] : []),
      ]
    : [unknown];
  const about = [
    { label: t(lang, "dataset.licence"), values: [{ text: licenceName, href: licenceHref, external: true }] },
    {
      label: t(lang, "dataset.publisher"),
      values: [
        catalog.publisher?.url
          ? { text: publisher, href: catalog.publisher.url, external: true }
          : { text: publisher },
      ],
    },
    { label: t(lang, "dataset.contact"), values: contactValues },
    {
      label: t(lang, "dataset.frequency"),
      values: [
        extra.update_frequency ? { text: enumLabel(frequencyNode, extra.update_frequency, lang) } : unknown,
      ],
    },
    { label: t(lang, "dataset.coverage"), values: [coverage ? { text: coverage } : unknown] },
    {
      label: t(lang, "dataset.keywords"),
      values: (extra.keywords?.[lang] ?? []).map((k) => ({ text: k })),
    },
    { label: t(lang, "dataset.rows"), values: [{ text: formatNumber(dataset.records.length, lang) }] },
    {
      label: t(lang, "dataset.commitments"),
      values: extra.ogp_commitments?.length
        ? extra.ogp_commitments.map((id) => commitmentRef(data.index, id, lang))
        : [{ text: t(lang, "common.none"), absent: true }],
    },
  ];
  const pagePath = pathOf({ kind: "dataset", id: name }, lang);
  const pageUrl = absoluteUrl(pagePath, site);
  const year = data.builtOn.slice(0, 4);
  const title = entry.title[lang];
  const citation = `${isolateBidi(publisher)} (${year}). ${isolateBidi(title)} [dataset], ${lang === "id" ? "versi" : "version"} ${data.version}. ${pageUrl}. ${extra.licence ?? licence.id}.`;
  return {
    name,
    title,
    description: entry.description?.[lang] ?? "",
    about,
    downloads: downloadViews(dataset, lang),
    dictionary: dictionaryRows(dataset.schema, data.registry, entry.schema, lang, codelistTitles(data)),
    schemaFile: entry.schema,
    citation,
    pagePath,
  };
}
