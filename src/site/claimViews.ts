import { findText } from "../i18n/findText.ts";
import { formatPartialDate } from "../lib/format/formatPartialDate.ts";
import { localField } from "../lib/localField.ts";
import type { Lang } from "../lib/model.ts";
import type { FactView } from "./activityViews.ts";
import { datasetSchema, valueContext } from "./datasetContext.ts";
import { type FieldView, recordFields } from "./fieldValues.ts";
import { otherLang } from "./routes.ts";
import type { SiteData } from "./siteData.ts";
import { type SourceView, sourceViews } from "./sourceViews.ts";

/** Everything a claim's page shows. */
export interface ClaimPageView {
  id: string;
  /** The claim as stated, in the page's language. */
  claim: string;
  /** The claim in the other language, for reference. */
  otherClaim: string;
  /** Who said it and when: "Kemlu, 19 March 2009". */
  byline: string;
  facts: FactView[];
  fields: FieldView[];
  notes?: string;
  sources: SourceView[];
}

/** The fields shown as key facts at the top of a claim's page, in this order. */
const factFields = [
  "date",
  "speaker",
  "speaker_role",
  "organisation_id",
  "topic",
  "metric",
  "value",
  "unit",
  "period_start",
  "period_end",
  "conflicts_with",
];

/** Builds the page of one official claim: what was said, by whom, when, about what, and its sources. */
export function claimView(data: SiteData, lang: Lang, id: string): ClaimPageView {
  const statement = data.index.statements.get(id);
  if (!statement) throw new Error(`Claim ${id} does not exist.`);
  const fields = recordFields(
    statement,
    datasetSchema(data, "statements").schema,
    valueContext(data, lang, "statements"),
  );
  const facts = factFields.flatMap((name) => {
    const field = fields.find((f) => f.name === name);
    return field && !field.values[0]?.absent ? [{ label: field.label, values: field.values }] : [];
  });
  const organisation = statement.organisation_id
    ? data.index.organisations.get(statement.organisation_id)
    : undefined;
  const who = statement.speaker ?? (organisation ? localField(organisation, "name", lang) : undefined);
  const notes = localField(statement, "notes", lang);
  return {
    id,
    claim: localField(statement, "claim", lang),
    otherClaim: localField(statement, "claim", otherLang(lang)),
    byline: findText(lang, "claim.title", {
      who: who ?? findText(lang, "claim.someone"),
      date: statement.date ? formatPartialDate(statement.date, lang) : findText(lang, "claim.undated"),
    }),
    facts,
    fields,
    ...(notes ? { notes } : {}),
    sources: sourceViews(data, statement.source_ids, lang),
  };
}
