import { localField } from "../localField.ts";
import type { Activity, Bilingual, Finance, Lang, Organisation } from "../model.ts";
import { type DatePrecision, datePrecision, dateRange } from "../partialDate.ts";
import {
  activityDateTypes,
  activityStatusCodes,
  collaborationTypes,
  fixedCodes,
  humanitarianTypes,
  organisationRoles,
  organisationTypes,
  transactionTypes,
} from "./iatiCodes.ts";
import { type IatiExclusion, iatiExclusion } from "./iatiExclusion.ts";
import { xmlElement } from "./xmlElement.ts";

/** The organisation that publishes the IATI file: KSST Terbuka, a secondary reporter. */
export interface ReportingOrg {
  /** Its IATI organisation identifier; empty when it has none (see docs/standards.md). */
  ref: string;
  /** Its IATI OrganisationType code. */
  type: string;
  name: Partial<Bilingual>;
}

/** The words the export writes in each language (the core holds no UI strings). */
export interface IatiText {
  /** A note beside a date the sources give only to the month or year, e.g. "May 2016 (month only)". */
  imprecise(value: string, precision: Exclude<DatePrecision, "day">, lang: Lang): string;
  /** The title of the link to the activity's page on the site. */
  activityPage(lang: Lang): string;
  /** A transaction's description when the source qualifies its amount ("more than", "about"). */
  qualified(qualifier: NonNullable<Finance["amount_qualifier"]>, lang: Lang): string;
  /** A transaction's note that its date is the day the source stated the amount. */
  statedOn(date: string, lang: Lang): string;
}

/** What every activity of one IATI file shares: who reports, the records it refers to, and its words. */
export interface IatiContext {
  reportingOrg: ReportingOrg;
  organisations: ReadonlyMap<string, Organisation>;
  /** Each activity's finance records, by activity id. */
  finances: ReadonlyMap<string, readonly Finance[]>;
  /** Returns the name of a DAC 5-digit sector code in a language. */
  sectorName(code: string, lang: Lang): string | undefined;
  /** Returns the name of an SDG (by goal number) in a language. */
  sdgName(goal: string, lang: Lang): string | undefined;
  /** The absolute address of an activity's page in a language, when the site's address is known. */
  activityPage?: ((id: string, lang: Lang) => string) | undefined;
  text: IatiText;
}

/** An activity written as `<iati-activity>` markup, or the reason it was left out. */
export type IatiActivityResult = { id: string; xml: string } | { id: string; excluded: IatiExclusion };

const langs: readonly Lang[] = ["id", "en"];

/** Text in some of the languages. */
type Texts = Readonly<Partial<Record<Lang, string | undefined>>>;

/** Returns a text in each language. */
function perLangText(text: (lang: Lang) => string | undefined): Texts {
  return { id: text("id"), en: text("en") };
}

/** Writes `<narrative xml:lang>` children for each language that has text. */
function narratives(text: Texts): string[] {
  return langs.flatMap((lang) => {
    const value = text[lang];
    return value ? [xmlElement("narrative", { "xml:lang": lang }, { text: value })] : [];
  });
}

/** Returns an activity's IATI identifier: the reporting organisation's prefix, when it has one, and the id. */
export function iatiIdentifier(reportingRef: string, id: string): string {
  return reportingRef ? `${reportingRef}-${id}` : id;
}

/** Writes one `participating-org`: role, IATI type and identifier where known, names in both languages. */
function participatingOrg(org: Organisation | undefined, id: string, role: string): string {
  const type = org ? organisationTypes[org.type] : undefined;
  return xmlElement(
    "participating-org",
    { ref: org?.iati_ref, type, role },
    { children: narratives(org ? { id: org.name_id, en: org.name_en } : { en: id }) },
  );
}

/** Writes an activity date: the first (start) or last (end) day the sources' date can mean, with a note when imprecise. */
function activityDate(
  value: string,
  type: string,
  edge: "first" | "last",
  text: IatiText,
): string | undefined {
  const precision = datePrecision(value);
  const range = dateRange(value);
  if (!precision || !range) return undefined;
  const notes =
    precision === "day"
      ? []
      : langs.map((lang) =>
          xmlElement("narrative", { "xml:lang": lang }, { text: text.imprecise(value, precision, lang) }),
        );
  return xmlElement("activity-date", { type, "iso-date": range[edge] }, { children: notes });
}

/** The full date a finance record's amount can be dated by: its `date` when the source gives the day. */
function exactDate(value: string | undefined): string | undefined {
  return value && datePrecision(value) === "day" ? value : undefined;
}

/** Writes an activity's finances: targets with a period as budgets, dated flows as transactions. */
function finances(
  records: readonly Finance[],
  context: IatiContext,
): { budgets: string[]; transactions: string[] } {
  const budgets: string[] = [];
  const transactions: string[] = [];
  for (const finance of records) {
    if (finance.amount_type === "target") {
      const start = finance.period_start ? dateRange(finance.period_start)?.first : undefined;
      const end = finance.period_end ? dateRange(finance.period_end)?.last : undefined;
      // A budget has no text to say "about" or "more than": a qualified target is left out.
      if (!start || !end || finance.amount_qualifier) continue;
      budgets.push(
        xmlElement(
          "budget",
          { type: fixedCodes.budgetOriginal, status: fixedCodes.budgetIndicative },
          {
            children: [
              xmlElement("period-start", { "iso-date": start }),
              xmlElement("period-end", { "iso-date": end }),
              xmlElement(
                "value",
                { currency: finance.currency, "value-date": start },
                { text: String(finance.amount) },
              ),
            ],
          },
        ),
      );
      continue;
    }
    const code = transactionTypes[finance.amount_type];
    const date = exactDate(finance.date);
    if (!code || !date) continue;
    const provider = finance.channel_org ? context.organisations.get(finance.channel_org) : undefined;
    // The records date an amount by when a source stated it: the description says so.
    const describe = (lang: Lang) =>
      [
        localField(finance, "title", lang),
        finance.amount_qualifier ? context.text.qualified(finance.amount_qualifier, lang) : "",
        context.text.statedOn(date, lang),
      ]
        .filter(Boolean)
        .join(" ");
    const description = { id: describe("id"), en: describe("en") };
    transactions.push(
      xmlElement(
        "transaction",
        { ref: finance.id },
        {
          children: [
            xmlElement("transaction-type", { code }),
            xmlElement("transaction-date", { "iso-date": date }),
            xmlElement(
              "value",
              { currency: finance.currency, "value-date": date },
              { text: String(finance.amount) },
            ),
            xmlElement("description", {}, { children: narratives(description) }),
            ...(provider
              ? [
                  xmlElement(
                    "provider-org",
                    { ref: provider.iati_ref, type: organisationTypes[provider.type] },
                    { children: narratives({ id: provider.name_id, en: provider.name_en }) },
                  ),
                ]
              : []),
          ],
        },
      ),
    );
  }
  return { budgets, transactions };
}

/**
 * Writes one activity as an IATI 2.03 `<iati-activity>`: identifiers, reporting organisation
 * (secondary reporter), titles and descriptions in both languages, participating organisations with
 * their roles, status, dates with their types, recipient countries, venue, DAC sectors, SDG tags,
 * collaboration type, budgets and transactions where its finance records allow, and a link to its
 * page. An activity whose status, every date or every organisation is unknown is left out: IATI
 * requires them, and the export never invents what the sources do not say.
 */
export function iatiActivity(activity: Activity, context: IatiContext): IatiActivityResult {
  const excluded = iatiExclusion(activity);
  if (excluded || activity.status === "unknown")
    return { id: activity.id, excluded: excluded ?? "status-unknown" };
  const status = activityStatusCodes[activity.status] as string;
  const dateTypes = activityDateTypes[activity.status];
  const dates = [
    activity.start_date
      ? activityDate(activity.start_date, dateTypes.start, "first", context.text)
      : undefined,
    activity.end_date ? activityDate(activity.end_date, dateTypes.end, "last", context.text) : undefined,
  ].filter((date): date is string => date !== undefined);

  const { reportingOrg } = context;
  const orgs = (field: keyof typeof organisationRoles): string[] => {
    const value = activity[field];
    const ids = value === undefined ? [] : typeof value === "string" ? [value] : value;
    return ids.map((id) => participatingOrg(context.organisations.get(id), id, organisationRoles[field]));
  };
  const participating = [...orgs("lead_org"), ...orgs("implementing_orgs"), ...orgs("partner_orgs")];
  const recipients =
    activity.recipient_basis === "participants" || activity.recipient_basis === "partner"
      ? (activity.recipient_countries ?? [])
      : [];
  const venue = { id: activity.venue_id, en: activity.venue_en };
  const { budgets, transactions } = finances(context.finances.get(activity.id) ?? [], context);
  const page = context.activityPage;
  const collaboration = collaborationTypes[activity.modality];

  const children = [
    xmlElement("iati-identifier", {}, { text: iatiIdentifier(reportingOrg.ref, activity.id) }),
    xmlElement(
      "reporting-org",
      { ref: reportingOrg.ref, type: reportingOrg.type, "secondary-reporter": true },
      { children: narratives(reportingOrg.name) },
    ),
    xmlElement("title", {}, { children: narratives({ id: activity.title_id, en: activity.title_en }) }),
    xmlElement(
      "description",
      { type: fixedCodes.descriptionGeneral },
      {
        children: narratives(
          activity.description_id || activity.description_en
            ? { id: activity.description_id, en: activity.description_en }
            : { id: activity.title_id, en: activity.title_en },
        ),
      },
    ),
    ...participating,
    xmlElement("other-identifier", { ref: activity.id, type: fixedCodes.otherIdentifierInternal }),
    xmlElement("activity-status", { code: status }),
    ...dates,
    ...recipients.map((code) => xmlElement("recipient-country", { code })),
    ...(venue.id || venue.en
      ? [xmlElement("location", {}, { children: [xmlElement("name", {}, { children: narratives(venue) })] })]
      : []),
    ...(activity.sectors ?? []).map((code) =>
      xmlElement(
        "sector",
        { vocabulary: fixedCodes.sectorVocabularyDac5, code },
        { children: narratives(perLangText((lang) => context.sectorName(code, lang))) },
      ),
    ),
    ...(activity.sdgs ?? []).map((goal) =>
      xmlElement(
        "tag",
        { vocabulary: fixedCodes.tagVocabularySdg, code: goal },
        { children: narratives(perLangText((lang) => context.sdgName(String(goal), lang))) },
      ),
    ),
    ...(collaboration ? [xmlElement("collaboration-type", { code: collaboration })] : []),
    ...budgets,
    ...transactions,
    ...(page
      ? langs.map((lang) =>
          xmlElement(
            "document-link",
            { url: page(activity.id, lang), format: "text/html" },
            {
              children: [
                xmlElement(
                  "title",
                  {},
                  {
                    children: [
                      xmlElement(
                        "narrative",
                        { "xml:lang": lang },
                        { text: context.text.activityPage(lang) },
                      ),
                    ],
                  },
                ),
                xmlElement("category", { code: fixedCodes.documentActivityWebPage }),
                xmlElement("language", { code: lang }),
              ],
            },
          ),
        )
      : []),
  ];
  return {
    id: activity.id,
    xml: xmlElement(
      "iati-activity",
      {
        humanitarian: humanitarianTypes.has(activity.type) ? true : undefined,
      },
      { children },
    ),
  };
}
