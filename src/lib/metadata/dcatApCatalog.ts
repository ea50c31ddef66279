import type { Lang } from "../model.ts";
import { datePrecision } from "../partialDate.ts";
import type {
  DescribedCatalog,
  DescribedDataset,
  DescribedDistribution,
  DescribedLicence,
} from "./describedCatalog.ts";

// DCAT-AP 3.0 (https://semiceu.github.io/DCAT-AP/releases/3.0.0/) as JSON-LD with its context inline,
// so no processor has to fetch anything. Controlled vocabularies are the ones DCAT-AP names: the EU
// Publications Office authority tables for file types, languages, frequencies and countries, IANA
// media types, SPDX checksums. docs/standards.md maps each property.

const eu = "http://publications.europa.eu/resource/authority/";

/** The JSON-LD context: prefixes only, so every key is a compact IRI a reader can look up. */
export const dcatApContext = {
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  foaf: "http://xmlns.com/foaf/0.1/",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  spdx: "http://spdx.org/rdf/terms#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
} as const;

/** EU file-type authority codes of our formats. */
const fileTypes: Readonly<Record<string, string>> = { csv: "CSV", json: "JSON", xlsx: "XLSX" };
/** EU language authority codes (ISO 639-3) of the site's languages. */
const languages: Readonly<Record<Lang, string>> = { id: "IND", en: "ENG" };
/** EU frequency authority codes of the catalog's update frequencies. */
const frequencies: Readonly<Record<string, string>> = {
  irregular: "IRREG",
  monthly: "MONTHLY",
  quarterly: "QUARTERLY",
  annual: "ANNUAL",
};

type Node = Record<string, unknown>;

/** Writes a text in both languages as language-tagged literals. */
function texts(text: Partial<Record<Lang, string | undefined>>): Node[] {
  return (["id", "en"] as const).flatMap((lang) => {
    const value = text[lang];
    return value ? [{ "@value": value, "@language": lang }] : [];
  });
}

/** Writes a date at the precision it was given: `xsd:gYear`, `xsd:gYearMonth` or `xsd:date`. */
export function typedDate(value: string): Node {
  const precision = datePrecision(value);
  const type = precision === "year" ? "xsd:gYear" : precision === "month" ? "xsd:gYearMonth" : "xsd:date";
  return { "@value": value, "@type": type };
}

/** Writes a node reference. */
function ref(iri: string): Node {
  return { "@id": iri };
}

function licenceNode(licence: DescribedLicence): Node {
  return { "@id": licence.url, "@type": "dct:LicenseDocument", "rdfs:label": texts(licence.title) };
}

function distributionNode(dataset: DescribedDataset, file: DescribedDistribution): Node {
  const fileType = fileTypes[file.format];
  return {
    "@id": file.url,
    "@type": "dcat:Distribution",
    "dct:title": texts({
      id: `${dataset.title.id} (${file.format.toUpperCase()})`,
      en: `${dataset.title.en} (${file.format.toUpperCase()})`,
    }),
    "dcat:accessURL": ref(file.url),
    "dcat:downloadURL": ref(file.url),
    "dcat:mediaType": ref(`http://www.iana.org/assignments/media-types/${file.mediaType}`),
    ...(fileType ? { "dct:format": ref(`${eu}file-type/${fileType}`) } : {}),
    "dcat:byteSize": { "@value": String(file.bytes), "@type": "xsd:nonNegativeInteger" },
    "spdx:checksum": {
      "@type": "spdx:Checksum",
      "spdx:algorithm": ref("http://spdx.org/rdf/terms#checksumAlgorithm_sha256"),
      "spdx:checksumValue": { "@value": file.sha256, "@type": "xsd:hexBinary" },
    },
    "dct:license": licenceNode(dataset.licence),
    "dct:conformsTo": ref(file.schemaUrl),
  };
}

function datasetNode(catalog: DescribedCatalog, dataset: DescribedDataset): Node {
  const frequency = dataset.frequency ? frequencies[dataset.frequency] : undefined;
  return {
    "@id": dataset.page.en,
    "@type": "dcat:Dataset",
    "dct:identifier": dataset.name,
    "dct:title": texts(dataset.title),
    "dct:description": texts(dataset.description),
    "dcat:keyword": (["id", "en"] as const).flatMap((lang) =>
      (dataset.keywords[lang] ?? []).map((k) => ({ "@value": k, "@language": lang })),
    ),
    "dcat:landingPage": (["id", "en"] as const).map((lang) => ({
      "@id": dataset.page[lang],
      "@type": "foaf:Document",
    })),
    "dct:publisher": ref("#publisher"),
    "dcat:contactPoint": ref("#contact"),
    "dct:language": catalog.languages.map((lang) => ref(`${eu}language/${languages[lang]}`)),
    ...(dataset.issued ? { "dct:issued": typedDate(dataset.issued) } : {}),
    "dct:modified": typedDate(dataset.modified),
    "dcat:version": catalog.version,
    ...(frequency ? { "dct:accrualPeriodicity": ref(`${eu}frequency/${frequency}`) } : {}),
    ...(dataset.temporal
      ? {
          "dct:temporal": {
            "@type": "dct:PeriodOfTime",
            "dcat:startDate": typedDate(dataset.temporal.start),
            "dcat:endDate": typedDate(dataset.temporal.end),
          },
        }
      : {}),
    ...(dataset.countries.some((c) => c.alpha3)
      ? {
          "dct:spatial": dataset.countries.flatMap((c) =>
            c.alpha3 ? [ref(`${eu}country/${c.alpha3}`)] : [],
          ),
        }
      : {}),
    "dcat:distribution": dataset.distributions.map((file) => distributionNode(dataset, file)),
  };
}

/**
 * Writes the catalog as a DCAT-AP 3.0 `dcat:Catalog` in JSON-LD: title and description in both
 * languages, publisher, contact point, licence, languages, dates, and each dataset with its
 * keywords, landing pages, temporal and spatial coverage, frequency, version and distributions
 * (media type, file type, size, SHA-256, schema).
 */
export function dcatApCatalog(catalog: DescribedCatalog): Node {
  return {
    "@context": dcatApContext,
    "@graph": [
      {
        "@id": catalog.page.en,
        "@type": "dcat:Catalog",
        "dct:title": texts(catalog.title),
        "dct:description": texts(catalog.description),
        "foaf:homepage": { "@id": catalog.page.id, "@type": "foaf:Document" },
        "dct:publisher": ref("#publisher"),
        "dcat:contactPoint": ref("#contact"),
        "dct:license": licenceNode(catalog.licence),
        "dct:language": catalog.languages.map((lang) => ref(`${eu}language/${languages[lang]}`)),
        ...(catalog.issued ? { "dct:issued": typedDate(catalog.issued) } : {}),
        "dct:modified": typedDate(catalog.modified),
        "dcat:dataset": catalog.datasets.map((dataset) => datasetNode(catalog, dataset)),
      },
      {
        "@id": "#publisher",
        "@type": "foaf:Agent",
        "foaf:name": texts(catalog.publisher.name),
        ...(catalog.publisher.url ? { "foaf:homepage": ref(catalog.publisher.url) } : {}),
      },
      {
        "@id": "#contact",
        "@type": "vcard:Kind",
        "vcard:fn": catalog.contact.name,
        ...(catalog.contact.email ? { "vcard:hasEmail": ref(`mailto:${catalog.contact.email}`) } : {}),
        ...(catalog.contact.url ? { "vcard:hasURL": ref(catalog.contact.url) } : {}),
      },
    ],
  };
}
