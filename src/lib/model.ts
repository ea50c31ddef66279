/**
 * Typed records of the KSST Terbuka datasets, as they are after validation.
 * The JSON Schemas in `schemas/` are the source of truth; these types mirror them field by field
 * (test/unit/schema/modelMatchesSchemas.test.ts fails when they differ; see docs/data-model.md).
 * Optional fields are unknown when absent, never 0.
 * Records are type aliases, not interfaces, so that each is also a `Record<string, unknown>`: code
 * that reads any field by name (schema-driven views, diffs) takes a record without a cast.
 */

/** A text in both site languages. */
export type Bilingual = {
  id: string;
  en: string;
};

/** The site's languages, Bahasa Indonesia first. */
export type Lang = "id" | "en";

/** A date string with precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

/** How a source qualifies a stated number; absent when the number is exact. */
export type Qualifier = "more-than" | "at-least" | "approximately";

export type Source = {
  id: string;
  title: string;
  publisher: string;
  date?: PartialDate;
  url?: string;
  type: "primary" | "news" | "mirror" | "report";
  language: string;
  notes_id?: string;
  notes_en?: string;
};

export type OrganisationType =
  | "ministry"
  | "agency"
  | "parliament"
  | "judiciary"
  | "local-government"
  | "diplomatic-mission"
  | "state-owned-enterprise"
  | "private"
  | "civil-society"
  | "academic"
  | "multilateral"
  | "bilateral-agency"
  /** The sources do not make the kind of organisation clear. */
  | "unknown";

export type Organisation = {
  id: string;
  name_id: string;
  name_en: string;
  /** Name columns KSST Terbuka wrote itself (an expansion or a translation) because the sources do not give them. */
  supplied_names?: ("name_id" | "name_en")[];
  acronym?: string;
  type: OrganisationType;
  country?: string;
  parent_id?: string;
  iati_ref?: string;
  website?: string;
  source_ids: string[];
  notes_id?: string;
  notes_en?: string;
};

export type Modality = "south-south" | "triangular" | "multi-stakeholder";
export type ActivityType =
  | "training"
  | "workshop"
  | "expert-dispatch"
  | "knowledge-sharing"
  | "scholarship"
  | "grant"
  | "humanitarian"
  | "event"
  | "programme"
  | "agreement"
  | "publication";
export type ActivityStatus = "completed" | "ongoing" | "planned" | "unknown";
/** What `participants_total` counts: partner-country participants only, or Indonesians as well. */
export type ParticipantsBasis = "partner-countries" | "including-indonesia";
/** What `recipient_countries` lists: the participants' countries, only the host, or a project's partner. */
export type RecipientBasis = "participants" | "host" | "partner";
/** Activity fields the cited sources disagree on. */
export type DisputedField =
  | "participants_total"
  | "start_date"
  | "end_date"
  | "recipient_countries"
  | "venue";

export type Activity = {
  id: string;
  title_id: string;
  title_en: string;
  description_id?: string;
  description_en?: string;
  modality: Modality;
  type: ActivityType;
  status: ActivityStatus;
  start_date?: PartialDate;
  end_date?: PartialDate;
  lead_org?: string;
  implementing_orgs?: string[];
  partner_orgs?: string[];
  /** Organisations that took part without running it (forum speakers, a partner country's counterpart agency). */
  participating_orgs?: string[];
  venue_id?: string;
  venue_en?: string;
  /** Which venue column is KSST Terbuka's translation of a name the sources give only in the other language. */
  venue_translated?: Lang;
  location_country?: string;
  provinces?: string[];
  regencies?: string[];
  recipient_countries?: string[];
  /** Required with `recipient_countries`: what those countries are. */
  recipient_basis?: RecipientBasis;
  sectors?: string[];
  sdgs?: number[];
  participants_total?: number;
  participants_female?: number;
  /** Numbers stated separately for the parts of one record, adding up to `participants_total`. */
  participants_parts?: number[];
  /** Required with `participants_total`: what the number counts. */
  participants_basis?: ParticipantsBasis;
  /** Fields the sources disagree on: left empty or kept at the precision they agree on. */
  disputed_fields?: DisputedField[];
  source_ids: string[];
  notes_id?: string;
  notes_en?: string;
};

export type AmountType = "endowment" | "target" | "realised" | "committed" | "pledged" | "disbursed";
export type Region =
  | "africa"
  | "asia"
  | "pacific"
  | "latin-america-caribbean"
  | "middle-east"
  | "europe"
  | "global";

export type Finance = {
  id: string;
  title_id: string;
  title_en: string;
  /** When the amount was stated or published. */
  date?: PartialDate;
  period_start?: PartialDate;
  period_end?: PartialDate;
  amount: number;
  /** Set when the source says "more than" or "about" the amount. */
  amount_qualifier?: Qualifier;
  currency: string;
  amount_type: AmountType;
  channel_org?: string;
  recipient_country?: string;
  recipient_region?: Region;
  sector?: string;
  activity_id?: string;
  source_ids: string[];
  notes_id?: string;
  notes_en?: string;
};

export type StatementTopic =
  | "ksst"
  | "ksst-africa-middle-east"
  | "ksst-pacific"
  | "ksst-palestine"
  | "ksst-institutions"
  | "ksst-history"
  | "ldkpi"
  | "ogp-national"
  | "ogp-local";
export type StatementMetric =
  | "programmes"
  | "activities"
  | "participants"
  | "participants-target"
  | "countries"
  | "countries-and-institutions"
  | "experts"
  | "development-partners"
  | "funding"
  | "share-by-region"
  | "share-by-sector"
  | "vaccine-doses"
  | "food-aid"
  | "commitments"
  | "commitments-completed"
  | "commitments-substantial"
  | "commitments-limited"
  | "local-governments"
  | "datasets"
  | "rank";
export type StatementUnit = "count" | "count-per-year" | "percent" | "USD" | "IDR" | "tonne" | "rank";

export type Statement = {
  id: string;
  /** When the claim was made or published; absent when the source is undated. */
  date?: PartialDate;
  speaker?: string;
  /** The speaker's role in English. */
  speaker_role?: string;
  /** The speaker's role in Bahasa Indonesia. */
  speaker_role_id?: string;
  organisation_id?: string;
  claim_id: string;
  claim_en: string;
  topic: StatementTopic;
  metric?: StatementMetric;
  value?: number;
  /** Set when the claim says "more than", "at least" or "about". */
  value_qualifier?: Qualifier;
  unit?: StatementUnit;
  period_start?: PartialDate;
  period_end?: PartialDate;
  conflicts_with?: string[];
  source_ids: string[];
  notes_id?: string;
  notes_en?: string;
};

export type PlanFigure = {
  id: string;
  label: Bilingual;
  value: number;
  /** Commitments, or the IRM's clusters of related commitments. */
  unit?: "commitments" | "clusters";
  source_id: string;
};

export type ActionPlan = {
  id: string;
  /** A national action plan, or a regional government's OGP Local plan; absent means national. */
  level?: "national" | "local";
  /** The OGP member the plan belongs to, as a short name. */
  member?: Bilingual;
  number?: number;
  title: Bilingual;
  period_start?: PartialDate;
  period_end?: PartialDate;
  alternative_names?: string[];
  figures: PlanFigure[];
  /** Other stated facts about the plan that are not numbers. */
  notes?: Partial<Bilingual>;
  source_ids: string[];
};

export type Milestone = {
  id: string;
  /** As the source words it, in the source's language. */
  title: Partial<Bilingual>;
  /** A translation by the publisher of this dataset, for display only. */
  title_translated?: Partial<Bilingual>;
  due_date?: PartialDate;
  status?: string;
  evidence_source_ids?: string[];
};

/** The IRM's assessment, each field verbatim as published; absent when not found. */
export type IrmAssessment = {
  verifiable?: string;
  relevant?: string;
  relevant_values?: string[];
  ambition?: string;
  potential_impact?: string;
  completion?: string;
  early_results?: string;
  starred?: string;
  notes?: Partial<Bilingual>;
  source_ids: string[];
};

export type StatusEvent = {
  date: PartialDate;
  by: "government" | "irm" | "civil-society";
  field: string;
  value: string;
  source_ids: string[];
};

/** Where a commitment's English title comes from (`descriptive`: written by KSST Terbuka, in brackets). */
export type TitleSource = "ogp-page" | "irm-report" | "action-plan" | "descriptive";

export type Commitment = {
  id: string;
  /** The OGP identifier is only inferred from the plan's numbering (its own page was not found). */
  id_inferred?: boolean;
  action_plan: string;
  number?: number;
  number_inferred?: boolean;
  /** As sources give it: `en` is the OGP title; `id` only where a source gives an Indonesian title. */
  title: Partial<Bilingual> & { en: string; id_source_id?: string };
  title_source?: TitleSource;
  /** A translation by the publisher of this dataset, for display only, where no source gives the title in that language. */
  title_translated?: Partial<Bilingual>;
  title_irm?: Partial<Bilingual>;
  description?: Partial<Bilingual>;
  policy_areas?: string[];
  /** Absent when no source read names the lead institutions. */
  lead_orgs?: string[];
  supporting_orgs?: string[];
  ogp_values?: string[];
  start_date?: PartialDate;
  end_date?: PartialDate;
  /** Where the dates come from; required with either date. */
  dates_basis?: "ogp-page" | "action-plan" | "initial-proposal";
  milestones?: Milestone[];
  self_assessment?: { status: string; date?: PartialDate; source_ids: string[] };
  irm?: IrmAssessment;
  status_history?: StatusEvent[];
  related_activities?: string[];
  /** Caveats: what was not found, inferred numbering, other titles, full lists as published. */
  notes?: Partial<Bilingual>;
  source_ids: string[];
};

/** Every dataset of the catalog by name, as validated records. */
export type Datasets = {
  sources: Source[];
  organisations: Organisation[];
  activities: Activity[];
  finances: Finance[];
  statements: Statement[];
  "action-plans": ActionPlan[];
  commitments: Commitment[];
};
