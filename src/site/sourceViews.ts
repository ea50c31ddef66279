import { formatPartialDate } from "../lib/format/formatPartialDate.ts";
import { localField } from "../lib/localField.ts";
import type { Lang, Source } from "../lib/model.ts";
import { resolveSchema } from "../lib/schema/jsonSchema.ts";
import { enumLabel } from "../lib/schema/vocabulary.ts";
import { datasetSchema, propertyOf } from "./datasetContext.ts";
import type { SiteData } from "./siteData.ts";

/** A cited source as listed under a record: a link when it has a URL, a citation otherwise. */
export interface SourceView {
  id: string;
  title: string;
  publisher: string;
  date?: string;
  url?: string;
  type: Source["type"];
  typeLabel: string;
  /** The source's language tag (`id`, `en`…), for the title's `lang` attribute. */
  language?: string;
  note?: string;
}

/** Returns the distinct sources of a record (in citation order), ready to list. */
export function sourceViews(data: SiteData, ids: readonly string[], lang: Lang): SourceView[] {
  const typeNode = resolveSchema(
    propertyOf(data, "sources", "type"),
    data.registry,
    datasetSchema(data, "sources").base,
  );
  return [...new Set(ids)].flatMap((id) => {
    const source = data.index.sources.get(id);
    if (!source) return [];
    const note = localField(source, "notes", lang);
    return [
      {
        id,
        title: source.title,
        publisher: source.publisher,
        ...(source.date ? { date: formatPartialDate(source.date, lang) } : {}),
        ...(source.url ? { url: source.url } : {}),
        type: source.type,
        typeLabel: enumLabel(typeNode, source.type, lang),
        ...(source.language ? { language: source.language } : {}),
        ...(note ? { note } : {}),
      },
    ];
  });
}
