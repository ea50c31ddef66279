/** Where "report a problem with this record" leads, and why. */
export interface ReportLink {
  href: string;
  /**
   * `configured`: `KSST_REPORT_URL`; `contact-url` / `contact-email`: the catalog's contact;
   * `how-to`: no address was given, so the dataset page's "how to report" section.
   */
  via: "configured" | "contact-url" | "contact-email" | "how-to";
}

/** What the link is built from: the configured address, the catalog contact, the fallback page. */
export interface ReportLinkInput {
  /** `KSST_REPORT_URL` when set: an http(s) or mailto address; `{dataset}` and `{id}` are filled in. */
  configured?: string | undefined;
  contact?: { url?: string; email?: string } | undefined;
  /** The fallback: the dataset page's "how to report" section. */
  howTo: string;
  dataset: string;
  id: string;
}

/** The id of the "how to report" section on each dataset page. */
export const reportSectionId = "report";

/**
 * Returns the address of the "report a problem with this record" link: `KSST_REPORT_URL` (with
 * `{dataset}` and `{id}` filled in), else the catalog's contact page, else a mail to the catalog's
 * contact address, else the dataset page's "how to report" section. Never invents an address.
 * Throws when the configured address is not an http(s) or mailto URL.
 */
export function reportLink(input: ReportLinkInput): ReportLink {
  const configured = input.configured?.trim();
  if (configured) {
    if (!/^(https?:\/\/|mailto:)\S+$/.test(configured))
      throw new Error(
        `KSST_REPORT_URL must be an http(s):// or mailto: address, not "${configured}". ` +
          "Set it to the page or address where people report problems, or leave it unset.",
      );
    const href = configured
      .replaceAll("{dataset}", encodeURIComponent(input.dataset))
      .replaceAll("{id}", encodeURIComponent(input.id));
    return { href, via: "configured" };
  }
  if (input.contact?.url) return { href: input.contact.url, via: "contact-url" };
  if (input.contact?.email) {
    const subject = encodeURIComponent(`KSST Terbuka: ${input.dataset} ${input.id}`);
    return { href: `mailto:${input.contact.email}?subject=${subject}`, via: "contact-email" };
  }
  return { href: input.howTo, via: "how-to" };
}
