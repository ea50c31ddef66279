import type { ActivityStatus, ActivityType, AmountType, Modality, OrganisationType } from "../model.ts";

// Our codes mapped to IATI 2.03 codelist codes (https://iatistandard.org/en/iati-standard/203/codelists/).
// test/unit/iati/iatiActivities.test.ts checks every code the export writes against the official
// codelists in the shared IATI corpus where it has them; docs/standards.md explains each choice.

/** The IATI Standard version the export follows. */
export const iatiVersion = "2.03";

/** ActivityStatus: completed → 4 Closed, ongoing → 2 Implementation, planned → 1 Pipeline; unknown has none. */
export const activityStatusCodes: Readonly<Record<ActivityStatus, string | undefined>> = {
  completed: "4",
  ongoing: "2",
  planned: "1",
  unknown: undefined,
};

/** ActivityDateType of the start and end dates by status: actual (2, 4) once it happened, planned (1, 3) before. */
export const activityDateTypes: Readonly<
  Record<"completed" | "ongoing" | "planned", { start: string; end: string }>
> = {
  completed: { start: "2", end: "4" },
  ongoing: { start: "2", end: "3" },
  planned: { start: "1", end: "3" },
};

/** OrganisationRole of each activity field that names organisations (participating_orgs has no IATI role). */
export const organisationRoles = {
  lead_org: "2",
  implementing_orgs: "4",
  partner_orgs: "4",
} as const;

/** OrganisationType of our organisation types; undefined where IATI's types do not say the same thing. */
export const organisationTypes: Readonly<Record<OrganisationType, string | undefined>> = {
  ministry: "10",
  agency: "10",
  parliament: "10",
  judiciary: "10",
  "diplomatic-mission": "10",
  "bilateral-agency": "10",
  "local-government": "11",
  "state-owned-enterprise": "15",
  private: "70",
  // IATI splits NGOs by where they work (international, national, regional, partner country): the
  // records do not say which, so the type is left out.
  "civil-society": undefined,
  academic: "80",
  multilateral: "40",
  unknown: undefined,
};

/** CollaborationType: triangular → 8 Bilateral, triangular co-operation; south-south → 1 Bilateral. */
export const collaborationTypes: Readonly<Record<Modality, string | undefined>> = {
  triangular: "8",
  "south-south": "1",
  "multi-stakeholder": undefined,
};

/** TransactionType of each amount type an activity's finance can have; targets are budgets, endowments neither. */
export const transactionTypes: Readonly<Record<AmountType, string | undefined>> = {
  committed: "2",
  disbursed: "3",
  realised: "4",
  pledged: "12",
  target: undefined,
  endowment: undefined,
};

/** Activity types that are humanitarian aid (the activity's `humanitarian` flag). */
export const humanitarianTypes: ReadonlySet<ActivityType> = new Set<ActivityType>(["humanitarian"]);

/** Fixed codes the export writes, each from its IATI codelist. */
export const fixedCodes = {
  /** DescriptionType 1 General. */
  descriptionGeneral: "1",
  /** SectorVocabulary 1 OECD DAC CRS Purpose Codes (5 digit). */
  sectorVocabularyDac5: "1",
  /** TagVocabulary 2 UN Sustainable Development Goals (SDG). */
  tagVocabularySdg: "2",
  /** OtherIdentifierType A1 Reporting Organisation's internal activity identifier. */
  otherIdentifierInternal: "A1",
  /** DocumentCategory A12 Activity web page. */
  documentActivityWebPage: "A12",
  /** BudgetType 1 Original; BudgetStatus 1 Indicative. */
  budgetOriginal: "1",
  budgetIndicative: "1",
  /** OrganisationType 90 Other: the reporting organisation when the catalog gives no type. */
  organisationOther: "90",
} as const;
