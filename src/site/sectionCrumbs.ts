import { t, type UiKey } from "../i18n/t.ts";
import type { Lang } from "../lib/model.ts";
import { pathOf } from "./routes.ts";

/** One link of a page's breadcrumb trail. */
export interface Crumb {
  text: string;
  href: string;
}

/** The list pages a breadcrumb trail leads through, each with the label it has there. */
const sectionLabels = {
  activities: "activities.title",
  organisations: "organisations.title",
  commitments: "commitments.title",
  catalog: "catalog.title",
} as const satisfies Record<string, UiKey>;

/** A list page a breadcrumb trail can lead through. */
export type CrumbSection = keyof typeof sectionLabels;

/** Returns the breadcrumb trail of a page inside a section: the dashboard, then the section's list page. */
export function sectionCrumbs(lang: Lang, section: CrumbSection): Crumb[] {
  return [
    { text: t(lang, "nav.dashboard"), href: pathOf({ kind: "dashboard" }, lang) },
    { text: t(lang, sectionLabels[section]), href: pathOf({ kind: section }, lang) },
  ];
}
