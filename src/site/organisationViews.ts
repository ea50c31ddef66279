import { formatNumber } from "../lib/format/formatNumber.ts";
import type { Lang } from "../lib/model.ts";
import { datasetSchema, propertyOf, valueContext } from "./datasetContext.ts";
import { type FieldView, type Inline, recordFields, valueInlines } from "./fieldValues.ts";
import { activityRef, commitmentRef, organisationRef } from "./names.ts";
import type { SiteData } from "./siteData.ts";
import { type SourceView, sourceViews } from "./sourceViews.ts";

/** Ids of the activities and commitments naming each organisation, by organisation id. */
type Involvement = Map<string, { activities: string[]; commitments: string[] }>;

const involvements = new WeakMap<SiteData, Involvement>();

/**
 * Ids of the activities and commitments that name an organisation in any role: indexed once per build
 * (one pass over the records), not searched again for each organisation and page.
 */
function involvement(data: SiteData, id: string): { activities: string[]; commitments: string[] } {
  let index = involvements.get(data);
  if (!index) {
    const found: Involvement = new Map();
    const entry = (org: string) => {
      const ids = found.get(org) ?? { activities: [], commitments: [] };
      found.set(org, ids);
      return ids;
    };
    // An organisation named twice in one record (lead and partner) counts the record once.
    const add = (
      orgs: ReadonlyArray<string | undefined>,
      list: "activities" | "commitments",
      record: string,
    ) => {
      for (const org of new Set(orgs)) if (org !== undefined) entry(org)[list].push(record);
    };
    for (const a of data.datasets.activities) {
      const extra = a as typeof a & { participating_orgs?: string[] };
      add(
        [
          a.lead_org,
          ...(a.implementing_orgs ?? []),
          ...(a.partner_orgs ?? []),
          ...(extra.participating_orgs ?? []),
        ],
        "activities",
        a.id,
      );
    }
    for (const c of data.datasets.commitments)
      add([...(c.lead_orgs ?? []), ...(c.supporting_orgs ?? [])], "commitments", c.id);
    index = found;
    involvements.set(data, index);
  }
  return index.get(id) ?? { activities: [], commitments: [] };
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
      org,
      datasetSchema(data, "organisations").schema,
      valueContext(data, lang, "organisations"),
    ),
    activities: found.activities.map((a) => activityRef(data.index, a, lang)),
    commitments: found.commitments.map((c) => commitmentRef(data.index, c, lang)),
    sources: sourceViews(data, org.source_ids, lang),
  };
}
