import type { ReadCatalog } from "../catalog.ts";
import type { Lang } from "../model.ts";
import type { CitationInput } from "./citation.ts";
import { isJsonObject } from "./jsonValue.ts";
import type { ReleaseManifest } from "./releaseManifest.ts";

/**
 * Gathers what a release's citation names from the catalog it published: the publisher's name and
 * the catalog's title in a language (English, then the site's name, when missing).
 */
export function releaseCitationInput(
  catalog: ReadCatalog,
  manifest: ReleaseManifest,
  lang: Lang,
  url: string,
): CitationInput {
  return {
    publisher:
      bilingual(isJsonObject(catalog.publisher) ? catalog.publisher.name : undefined, lang) ?? "KSST Terbuka",
    title: bilingual(catalog.title, lang) ?? "KSST Terbuka",
    version: manifest.version,
    date: manifest.date,
    url,
  };
}

function bilingual(value: unknown, lang: Lang): string | undefined {
  if (typeof value === "string") return value;
  if (!isJsonObject(value)) return undefined;
  const text = value[lang] ?? value.en;
  return typeof text === "string" ? text : undefined;
}
