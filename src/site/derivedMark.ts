import { t } from "../i18n/t.ts";
import type { Lang } from "../lib/model.ts";
import { resolveSchema } from "../lib/schema/jsonSchema.ts";
import { fieldDerived, fieldLabel } from "../lib/schema/vocabulary.ts";
import { datasetSchema, propertyOf } from "./datasetContext.ts";
import type { SiteData } from "./siteData.ts";

/** The sign shown beside a field KSST Terbuka derives by its own rule, and before the note that explains it. */
export const derivedMarker = "†";

/** How a derived field is marked where it is shown: a sign beside its name and a note saying how it is derived. */
export interface DerivedMark {
  marker: string;
  /** "† Modality: Derived by KSST Terbuka: …" (the field's `x-derived` text, in the page's language). */
  note: string;
}

/** Returns the mark of a field from its label and `x-derived` text, or undefined when the value is not derived. */
export function derivedMark(label: string, derived: string | undefined, lang: Lang): DerivedMark | undefined {
  if (!derived) return undefined;
  return {
    marker: derivedMarker,
    note: t(lang, "derived.note", { marker: derivedMarker, field: label, how: derived }),
  };
}

/** Returns the mark of one of a dataset's fields (`x-derived` in its schema), or undefined when it is not derived. */
export function datasetFieldMark(
  data: SiteData,
  dataset: string,
  name: string,
  lang: Lang,
): DerivedMark | undefined {
  const node = resolveSchema(
    propertyOf(data, dataset, name),
    data.registry,
    datasetSchema(data, dataset).base,
  );
  return derivedMark(fieldLabel(node, name, lang), fieldDerived(node, lang), lang);
}
