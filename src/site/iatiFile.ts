import { standardsText } from "../i18n/standardsText.ts";
import { formatPartialDate } from "../lib/format/formatPartialDate.ts";
import { iatiActivities } from "../lib/iati/iatiActivities.ts";
import { type IatiContext, iatiActivity, type ReportingOrg } from "../lib/iati/iatiActivity.ts";
import { fixedCodes } from "../lib/iati/iatiCodes.ts";
import { type IatiExclusion, iatiExclusion } from "../lib/iati/iatiExclusion.ts";
import type { Finance } from "../lib/model.ts";
import { catalogLicence } from "./catalogLicence.ts";
import { pathOf } from "./routes.ts";
import type { SiteData } from "./siteData.ts";
import { absoluteUrl } from "./siteUrl.ts";

/** The file name of the IATI activity file under `/downloads/`. */
export const iatiFileName = "iati-activities.xml";

/** The IATI file's media type. */
export const iatiMediatype = "application/xml";

/** Reads the reporting organisation from the catalog: its publisher, with no IATI identifier of its own. */
function reportingOrg(data: SiteData): ReportingOrg {
  // KSST Terbuka has no identifier in the IATI Organisation Registration Agency lists, and none is
  // invented: `ref` stays empty (docs/standards.md). It is no government, NGO or agency: 90 Other.
  return { ref: "", type: fixedCodes.organisationOther, name: data.catalog.publisher.name };
}

/** Builds what the export of every activity shares, from the site's data. */
export function iatiContext(data: SiteData, site: URL | string | undefined): IatiContext {
  const finances = new Map<string, Finance[]>();
  for (const finance of data.datasets.finances)
    if (finance.activity_id)
      finances.set(finance.activity_id, [...(finances.get(finance.activity_id) ?? []), finance]);
  return {
    reportingOrg: reportingOrg(data),
    organisations: data.index.organisations,
    finances,
    sectorName: (code, lang) => data.reference["dac-sectors"]?.label(code, lang),
    sdgName: (goal, lang) => data.reference.sdgs?.label(goal, lang),
    activityPage: site ? (id, lang) => absoluteUrl(pathOf({ kind: "activity", id }, lang), site) : undefined,
    text: {
      imprecise: (value, precision, lang) =>
        standardsText(lang, `iati.imprecise.${precision}`, { date: formatPartialDate(value, lang) }),
      activityPage: (lang) => standardsText(lang, "iati.activityPage"),
      qualified: (qualifier, lang) => standardsText(lang, `iati.qualifier.${qualifier}`),
      statedOn: (date, lang) => standardsText(lang, "iati.statedOn", { date: formatPartialDate(date, lang) }),
    },
  };
}

/**
 * Writes `/downloads/iati-activities.xml`: every activity as IATI 2.03 XML (KSST Terbuka as a
 * secondary reporter), those IATI cannot hold without invented facts named in its opening comment.
 */
export function iatiFile(
  data: SiteData,
  site: URL | string | undefined,
): { fileName: string; mediatype: string; bytes: Uint8Array } {
  const context = iatiContext(data, site);
  const about = (["id", "en"] as const)
    .map((lang) =>
      standardsText(lang, "iati.about", {
        version: data.version,
        licence: `${catalogLicence(data.catalog, lang).name} ${catalogLicence(data.catalog, lang).href}`,
      }),
    )
    .join("\n");
  const pieces = iatiActivities(
    data.datasets.activities.map((activity) => iatiActivity(activity, context)),
    { generated: `${data.builtOn}T00:00:00Z`, about },
  );
  return {
    fileName: iatiFileName,
    mediatype: iatiMediatype,
    bytes: new TextEncoder().encode([...pieces].join("")),
  };
}

/** How many activities the IATI file leaves out, of how many, and how many for each reason that occurs. */
export function iatiLeftOut(data: SiteData): {
  total: number;
  left: number;
  reasons: [IatiExclusion, number][];
} {
  const reasons = new Map<IatiExclusion, number>();
  for (const activity of data.datasets.activities) {
    const reason = iatiExclusion(activity);
    if (reason) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  return {
    total: data.datasets.activities.length,
    left: [...reasons.values()].reduce((a, b) => a + b, 0),
    reasons: [...reasons],
  };
}
