import { formatNumber } from "../lib/format/formatNumber.ts";
import type { Lang } from "../lib/model.ts";
import { datasetSchema, propertyOf, valueContext } from "./datasetContext.ts";
import { type FieldView, type Inline, recordFields, valueInlines } from "./fieldValues.ts";
import { activityRef, commitmentRef, organisationRef } from "./names.ts";
import type { SiteData } from "./siteData.ts";
import { type SourceView, sourceViews } from "./sourceViews.ts";

/** Ids of the activities and commitments that name an organisation in any role. */
function involvement(data: SiteData, id: string): { activities: string[]; commitments: string[] } {
  const activities = data.datasets.activities
    .filter((a) => {
      const extra = a as typeof a & { participating_orgs?: string[] };
      return (
        a.lead_org === id ||
        a.implementing_orgs?.includes(id) ||
        a.partner_orgs?.includes(id) ||
        extra.participating_orgs?.includes(id)
      );
    })
    .map((a) => a.id);
  const commitments = data.datasets.commitments
    .filter((c) => c.lead_orgs?.includes(id) || c.supporting_orgs?.includes(id))
    .map((c) => c.id);
  return { activities, commitments };
}

/** One row of the organisations table. */
export interface OrganisationRow {
  ref: Inline;
  type: string;
  country: string;
  activities: string;
  commitments: string;
}

/** Lists every organisation by name, with its type and how many records name it. */
export function organisationRows(data: SiteData, lang: Lang): OrganisationRow[] {
  const ctx = valueContext(data, lang, "organisations");
  return data.datasets.organisations
    .map((o) => {
      const found = involvement(data, o.id);
      return {
        ref: organisationRef(data.index, o.id, lang),
        type: valueInlines(o.type, propertyOf(data, "organisations", "type"), ctx)[0]?.text ?? o.type,
        country: o.country
          ? (valueInlines(o.country, propertyOf(data, "organisations", "country"), ctx)[0]?.text ?? o.country)
          : "—",
        activities: formatNumber(found.activities.length, lang),
        commitments: formatNumber(found.commitments.length, lang),
      };
    })
    .sort((a, b) => a.ref.text.localeCompare(b.ref.text, lang));
}

/** Everything an organisation page shows. */
export interface OrganisationView {
  id: string;
  name: string;
  fields: FieldView[];
  activities: Inline[];
  commitments: Inline[];
  sources: SourceView[];
}

/** Builds the page of one organisation: every field, and the activities and commitments naming it. */
export function organisationView(data: SiteData, lang: Lang, id: string): OrganisationView {
  const org = data.index.organisations.get(id);
  if (!org) throw new Error(`Organisation ${id} does not exist.`);
  const found = involvement(data, id);
  return {
    id,
    name: organisationRef(data.index, id, lang).text,
    fields: recordFields(
      org as unknown as Record<string, unknown>,
      datasetSchema(data, "organisations").schema,
      valueContext(data, lang, "organisations"),
    ),
    activities: found.activities.map((a) => activityRef(data.index, a, lang)),
    commitments: found.commitments.map((c) => commitmentRef(data.index, c, lang)),
    sources: sourceViews(data, org.source_ids, lang),
  };
}
