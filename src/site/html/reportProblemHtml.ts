import { commitmentText } from "../../i18n/commitmentText.ts";
import { htmlAttr } from "../../lib/html/htmlAttr.ts";
import { htmlText } from "../../lib/html/htmlText.ts";
import type { Lang } from "../../lib/model.ts";
import { recordReportLink } from "../recordReportLink.ts";
import type { SiteData } from "../siteData.ts";

/**
 * The attribute Astro scopes `ReportProblem.astro`'s styles by (a hash of the component's path;
 * test/build/activityPages.test.ts checks that the built stylesheet uses it).
 */
export const reportProblemScope = "data-astro-cid-6jgkv7va";

/**
 * The HTML of "report a problem with this record" (`ReportProblem.astro`): KSST_REPORT_URL, else the
 * catalog's contact, else the "how to report" section of the record's dataset page.
 */
export function reportProblemHtml(data: SiteData, lang: Lang, dataset: string, id: string): string {
  const s = reportProblemScope;
  const link = recordReportLink(data, lang, dataset, id);
  const external = link.via === "configured" || link.via === "contact-url";
  return `<section class="report-problem" aria-labelledby="report-problem-title" ${s}><h2 id="report-problem-title" ${s}>${htmlText(commitmentText(lang, "report.title"))}</h2><p ${s}>${htmlText(commitmentText(lang, "report.lede", { id }))}</p><p ${s}><a class="report-problem__link"${htmlAttr("href", link.href)}${htmlAttr("rel", external ? "external" : undefined)}${htmlAttr("data-report-via", link.via)} ${s}>${htmlText(commitmentText(lang, "report.link"))}</a></p></section>`;
}
