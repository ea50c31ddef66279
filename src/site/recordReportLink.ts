import type { Lang } from "../lib/model.ts";
import { type ReportLink, reportLink, reportSectionId } from "./reportLink.ts";
import { pathOf } from "./routes.ts";
import type { SiteData } from "./siteData.ts";

/**
 * Returns where "report a problem with this record" leads for one record: `KSST_REPORT_URL` when set,
 * else the catalog's contact, else the "how to report" section of the record's dataset page.
 */
export function recordReportLink(data: SiteData, lang: Lang, dataset: string, id: string): ReportLink {
  return reportLink({
    configured: process.env.KSST_REPORT_URL,
    contact: data.catalog.contact,
    howTo: `${pathOf({ kind: "dataset", id: dataset }, lang)}#${reportSectionId}`,
    dataset,
    id,
  });
}

/** What a dataset page's "how to report a problem" section offers: the contact and any address. */
export interface HowToReport {
  contactName?: string;
  /** Addresses to report to: `KSST_REPORT_URL` (record left blank), the contact page, the email. */
  links: { kind: "configured" | "contact-url" | "contact-email"; href: string; text: string }[];
}

/** Builds the "how to report a problem" section of a dataset page from the configuration and catalog. */
export function howToReport(data: SiteData, dataset: string): HowToReport {
  const { contact } = data.catalog;
  const links: HowToReport["links"] = [];
  const configured = process.env.KSST_REPORT_URL?.trim();
  if (configured) {
    const { href } = reportLink({ configured, howTo: "", dataset, id: "" });
    links.push({ kind: "configured", href, text: href });
  }
  if (contact.url) links.push({ kind: "contact-url", href: contact.url, text: contact.url });
  if (contact.email)
    links.push({ kind: "contact-email", href: `mailto:${contact.email}`, text: contact.email });
  return { contactName: contact.name, links };
}
