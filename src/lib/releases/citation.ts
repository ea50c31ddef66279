import { formatPartialDate } from "../format/formatPartialDate.ts";
import type { Lang } from "../model.ts";

/** What a citation of a release names. */
export interface CitationInput {
  /** Who publishes the data (the catalog's publisher). */
  publisher: string;
  /** The collection's title in the citation's language. */
  title: string;
  version: string;
  /** Release date, `YYYY-MM-DD`. */
  date: string;
  /** The release page's permanent, absolute URL. */
  url: string;
}

const words: Record<Lang, { version: string; kind: string; released: string }> = {
  id: { version: "Versi", kind: "Set data", released: "Dirilis" },
  en: { version: "Version", kind: "Data set", released: "Released" },
};

/**
 * Writes a release's citation as text in a language, in the usual data-set style:
 * `Publisher (2026). Title (Version 1.0.0) [Data set]. Released 28 November 2026. URL`.
 */
export function citationText(input: CitationInput, lang: Lang): string {
  const w = words[lang];
  const year = input.date.slice(0, 4);
  return (
    `${input.publisher} (${year}). ${input.title} (${w.version} ${input.version}) [${w.kind}]. ` +
    `${w.released} ${formatPartialDate(input.date, lang)}. ${input.url}`
  );
}

const months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Writes a release's citation as a BibTeX `@misc` entry, keyed `<slug>-<version>`. */
export function citationBibtex(input: CitationInput, slug: string): string {
  const month = months[Number(input.date.slice(5, 7)) - 1] ?? "";
  const fields: [string, string][] = [
    ["author", `{${bibtexText(input.publisher)}}`],
    ["title", `{${bibtexText(input.title)}}`],
    ["version", `{${bibtexText(input.version)}}`],
    ["year", `{${input.date.slice(0, 4)}}`],
    ["month", month],
    ["date", `{${input.date}}`],
    ["publisher", `{${bibtexText(input.publisher)}}`],
    ["howpublished", "{Data set}"],
    ["url", `{${input.url}}`],
  ];
  const body = fields
    .filter(([, value]) => value !== "")
    .map(([name, value]) => `  ${name} = ${value}`)
    .join(",\n");
  return `@misc{${slug}-${input.version},\n${body}\n}`;
}

/** Escapes the characters BibTeX treats specially in a braced field. */
function bibtexText(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (char) => {
    if (char === "\\") return "\\textbackslash{}";
    if (char === "^") return "\\^{}";
    if (char === "~") return "\\~{}";
    return `\\${char}`;
  });
}
