import { t } from "../i18n/t.ts";
import { formatDateRange } from "../lib/format/formatDateRange.ts";
import { formatNumber } from "../lib/format/formatNumber.ts";
import { formatPartialDate } from "../lib/format/formatPartialDate.ts";
import { localField } from "../lib/localField.ts";
import type { Activity, Lang } from "../lib/model.ts";
import { datasetSchema, propertyOf, valueContext } from "./datasetContext.ts";
import { datasetFieldMark } from "./derivedMark.ts";
import { type FieldView, type Inline, recordFields, valueInlines } from "./fieldValues.ts";
import { commitmentRef } from "./names.ts";
import { otherLang, pathOf } from "./routes.ts";
import type { SiteData } from "./siteData.ts";
import { type SourceView, sourceViews } from "./sourceViews.ts";

/** One row of the activities table. */
export interface ActivityRow {
  id: string;
  href: string;
  title: string;
  start: string;
  type: string;
  modality: string;
  countries: string;
  participants: string;
}

/** The column headers of the activities table, a derived column's marked, and the notes on its derived columns. */
export interface ActivityTableHead {
  start: string;
  title: string;
  type: string;
  modality: string;
  /** Set when the column's values are derived by KSST Terbuka: the sign beside its header. */
  modalityMarker?: string;
  countries: string;
  participants: string;
  /** What each marked column's values are based on, shown under the table. */
  notes: string[];
}

/** Returns the headers of the activities table in a language, derived columns marked and explained. */
export function activityTableHead(data: SiteData, lang: Lang): ActivityTableHead {
  const modality = datasetFieldMark(data, "activities", "modality", lang);
  return {
    start: t(lang, "activities.col.start"),
    title: t(lang, "activities.col.title"),
    type: t(lang, "activities.col.type"),
    modality: t(lang, "activities.col.modality"),
    ...(modality ? { modalityMarker: modality.marker } : {}),
    countries: t(lang, "activities.col.countries"),
    participants: t(lang, "activities.col.participants"),
    notes: modality ? [modality.note] : [],
  };
}

/** Sorts activities newest first by start date (at any precision); undated ones last, by id. */
export function byStartDesc(a: Activity, b: Activity): number {
  if (a.start_date && b.start_date)
    return b.start_date.localeCompare(a.start_date) || a.id.localeCompare(b.id);
  if (a.start_date) return -1;
  if (b.start_date) return 1;
  return a.id.localeCompare(b.id);
}

/** Returns the text of a field's value(s), comma-separated, for table cells. */
function plain(values: readonly Inline[]): string {
  return values.map((v) => v.text).join(", ");
}

/** Builds table rows for a set of activities, newest first. */
export function activityRows(data: SiteData, lang: Lang, activities: readonly Activity[]): ActivityRow[] {
  const ctx = valueContext(data, lang, "activities");
  const prop = (name: string) => propertyOf(data, "activities", name);
  const dash = "—";
  return [...activities].sort(byStartDesc).map((a) => ({
    id: a.id,
    href: pathOf({ kind: "activity", id: a.id }, lang),
    title: localField(a, "title", lang),
    start: a.start_date ? formatPartialDate(a.start_date, lang, "short") : dash,
    type: plain(valueInlines(a.type, prop("type"), ctx)),
    modality: plain(valueInlines(a.modality, prop("modality"), ctx)),
    countries: a.recipient_countries?.length
      ? plain(valueInlines(a.recipient_countries, prop("recipient_countries"), ctx))
      : dash,
    participants: a.participants_total === undefined ? dash : formatNumber(a.participants_total, lang),
  }));
}

/** A key fact shown at the top of an activity page. */
export interface FactView {
  label: string;
  values: Inline[];
  /** Set when KSST Terbuka derives the value by its own rule: the sign shown beside the label. */
  marker?: string;
  /** What the value is based on, or how it was derived (the basis field's label, `x-derived`). */
  note?: string;
}

/** Key facts whose meaning another field states: the fact and the field that qualifies it. */
const qualifiedBy: Readonly<Record<string, string>> = {
  recipient_countries: "recipient_basis",
  participants_total: "participants_basis",
};

/** Everything an activity page shows. */
export interface ActivityView {
  id: string;
  title: string;
  /** The title in the other language, for reference. */
  otherTitle: string;
  description?: string;
  notes?: string;
  facts: FactView[];
  fields: FieldView[];
  /**
   * The fields whose rows of "All fields" go into the site-wide search: what the title, description
   * and key facts do not already say (the other rows would repeat them, in both languages, and grow
   * the search index with every activity; docs/find.md).
   */
  searchedFields: string[];
  commitments: Inline[];
  sources: SourceView[];
}

/** Builds the page of one activity: key facts, every field of the record, related commitments, sources. */
export function activityView(data: SiteData, lang: Lang, id: string): ActivityView {
  const activity = data.index.activities.get(id);
  if (!activity) throw new Error(`Activity ${id} does not exist.`);
  const ctx = valueContext(data, lang, "activities");
  const { schema } = datasetSchema(data, "activities");
  const record: Record<string, unknown> = activity;
  const fields = recordFields(record, schema, ctx);
  const field = (name: string) => fields.find((f) => f.name === name);
  const facts: FactView[] = [];
  const dates = formatDateRange(activity.start_date, activity.end_date, lang);
  const datesDisputed = activity.disputed_fields?.some((f) => f === "start_date" || f === "end_date");
  facts.push({
    label: t(lang, "activity.dates"),
    values: dates ? [{ text: dates }] : [{ text: t(lang, "common.unknown"), absent: true }],
    ...(datesDisputed ? { note: t(lang, "activity.disputed") } : {}),
  });
  for (const name of [
    "type",
    "modality",
    "status",
    "lead_org",
    "recipient_countries",
    "provinces",
    "regencies",
    "participants_total",
  ]) {
    const f = field(name);
    if (f && !(f.values[0]?.absent && (name === "provinces" || name === "regencies"))) {
      const basis = qualifiedBy[name];
      const basisValue = basis && record[basis] !== undefined ? field(basis)?.values[0]?.text : undefined;
      const disputed = activity.disputed_fields?.includes(name as never)
        ? t(lang, "activity.disputed")
        : undefined;
      const note = [f.derived?.note, basisValue, disputed].filter(Boolean).join(" · ");
      // Codes are shown in "All fields"; the key facts read as names only.
      facts.push({
        label: f.label,
        ...(f.derived ? { marker: f.derived.marker } : {}),
        values: f.values.map(({ code: _code, ...value }) => value),
        ...(note ? { note } : {}),
      });
    }
  }
  const commitments = data.datasets.commitments
    .filter((c) => c.related_activities?.includes(id))
    .map((c) => commitmentRef(data.index, c.id, lang));
  const description = localField(activity, "description", lang);
  const notes = localField(activity, "notes", lang);
  return {
    id,
    title: localField(activity, "title", lang),
    otherTitle: localField(activity, "title", otherLang(lang)),
    ...(description ? { description } : {}),
    ...(notes ? { notes } : {}),
    facts,
    fields,
    searchedFields: [
      "implementing_orgs",
      "partner_orgs",
      "participating_orgs",
      `venue_${lang}`,
      "location_country",
      "sectors",
      "sdgs",
    ],
    commitments,
    sources: sourceViews(data, activity.source_ids, lang),
  };
}
