import { chartText } from "../../i18n/chartText.ts";
import type { Lang } from "../../lib/model.ts";
import { resolveSchema } from "../../lib/schema/jsonSchema.ts";
import { enumLabel } from "../../lib/schema/vocabulary.ts";
import { datasetSchema, propertyOf } from "../datasetContext.ts";
import { activityRef, organisationRef, referenceName } from "../names.ts";
import type { SiteData } from "../siteData.ts";

/** The label list of world regions (derived from partner countries; the finances' `recipient_region` codes). */
export const regionList = "regions";

/** Returns the label list an enum column of a dataset uses (`activities:type`). */
export function enumList(dataset: string, column: string): string {
  return `${dataset}:${column}`;
}

/**
 * Returns the name of a code in a language, by label list: reference lists (countries, provinces,
 * regencies, DAC sectors, SDGs), records (organisations, activities), world regions and enum labels
 * (`<dataset>:<column>`). Unknown codes are returned as they are.
 */
export function codeName(data: SiteData, list: string, code: string, lang: Lang): string {
  if (list === "organisations") return organisationRef(data.index, code, lang).text;
  if (list === "activities") return activityRef(data.index, code, lang).text;
  if (list === regionList) {
    if (code === "other") return chartText(lang, "regions.other");
    return codeName(data, enumList("finances", "recipient_region"), code, lang);
  }
  const [dataset, column] = list.split(":");
  if (dataset && column) {
    if (!data.siteDatasets.has(dataset)) return code;
    const node = resolveSchema(
      propertyOf(data, dataset, column),
      data.registry,
      datasetSchema(data, dataset).base,
    );
    return enumLabel(node, code, lang);
  }
  return referenceName(data.reference, list, code, lang);
}
