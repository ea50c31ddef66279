import type { ActionPlan, Lang } from "../lib/model.ts";
import type { SiteData } from "./siteData.ts";

// Action plans in the order the site lists them, and their short labels: shared by the commitment
// charts, the commitment pages and the dashboard.

/** Returns the action plans: national plans first, then local (OGP Local) ones, each in chronological order. */
export function plansInOrder(data: SiteData): ActionPlan[] {
  const local = (p: ActionPlan) => (p.level === "local" ? 1 : 0);
  return [...data.datasets["action-plans"]].sort(
    (a, b) =>
      local(a) - local(b) ||
      (a.period_start ?? a.id).localeCompare(b.period_start ?? b.id) ||
      a.id.localeCompare(b.id),
  );
}

/**
 * Returns the short label of an action plan for axes and lists: its period, e.g. `2018–2020`, after
 * the member's name for a local (OGP Local) plan, e.g. `Banggai 2021–2024`.
 */
export function planShortLabel(data: SiteData, id: string, lang: Lang): string {
  const plan = data.index.actionPlans.get(id);
  const start = plan?.period_start?.slice(0, 4);
  const end = plan?.period_end?.slice(0, 4);
  const period = start && end ? `${start}–${end}` : id.replace(/^(\d{4})-(\d{4})$/, "$1–$2");
  return plan?.level === "local" && plan.member ? `${plan.member[lang]} ${period}` : period;
}
