import { describe, expect, it } from "vitest";
import { type ReportLinkInput, reportLink } from "../../../src/site/reportLink.ts";

const base: ReportLinkInput = { howTo: "/id/data/commitments/#report", dataset: "commitments", id: "ID0121" };

describe("reportLink", () => {
  it.each([
    ["nothing configured: the dataset page's how-to section", {}, "/id/data/commitments/#report", "how-to"],
    [
      "the catalog's contact page",
      { contact: { url: "https://example.org/contact" } },
      "https://example.org/contact",
      "contact-url",
    ],
    [
      "the catalog's contact email",
      { contact: { email: "data@example.org" } },
      "mailto:data@example.org?subject=KSST%20Terbuka%3A%20commitments%20ID0121",
      "contact-email",
    ],
    [
      "the contact page before the email",
      { contact: { url: "https://example.org/contact", email: "data@example.org" } },
      "https://example.org/contact",
      "contact-url",
    ],
    [
      "KSST_REPORT_URL before the catalog, with the record filled in",
      {
        configured: "https://example.org/report?dataset={dataset}&record={id}",
        contact: { url: "https://example.org/contact" },
      },
      "https://example.org/report?dataset=commitments&record=ID0121",
      "configured",
    ],
    [
      "a blank KSST_REPORT_URL counts as unset",
      { configured: "  " },
      "/id/data/commitments/#report",
      "how-to",
    ],
    [
      "a mailto KSST_REPORT_URL",
      { configured: "mailto:fix@example.org" },
      "mailto:fix@example.org",
      "configured",
    ],
  ] as const)("uses %s", (_case, input, href, via) => {
    expect(reportLink({ ...base, ...input })).toEqual({ href, via });
  });

  it.each(["example.org/report", "javascript:alert(1)", "ftp://example.org"])(
    "refuses KSST_REPORT_URL=%j with a message naming the variable",
    (configured) => {
      expect(() => reportLink({ ...base, configured })).toThrow(/KSST_REPORT_URL must be/);
    },
  );
});
