import type { ActionPlan } from "../lib/model.ts";
import type { SiteData } from "./siteData.ts";

// The dashboard's charts are defined in src/site/charts/ (one file per chart, listed in chartRegistry.ts).
// These helpers about action plans are shared by the commitment charts and the commitment pages.

/** Returns the action plans in chronological order (by start, then id). */
export function plansInOrder(data: SiteData): ActionPlan[] {
  return [...data.datasets["action-plans"]].sort(
    (a, b) => (a.period_start ?? a.id).localeCompare(b.period_start ?? b.id) || a.id.localeCompare(b.id),
  );
}

/** Returns the short label of an action plan for axes: its period, e.g. `2018–2020`. */
export function planShortLabel(data: SiteData, id: string): string {
  const plan = data.index.actionPlans.get(id);
  const start = plan?.period_start?.slice(0, 4);
  const end = plan?.period_end?.slice(0, 4);
  return start && end ? `${start}–${end}` : id.replace(/^(\d{4})-(\d{4})$/, "$1–$2");
}
