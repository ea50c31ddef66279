import { dateRange } from "../partialDate.ts";
import { type DatasetInfo, fieldIssue, fieldValue, type Rule } from "./rule.ts";

/** The dataset a commitment's `action_plan` points at (`x-foreignKey`), else `action-plans`. */
function planDataset(info: DatasetInfo): string {
  const target = info.fields.get("action_plan")?.foreignKey;
  return target === undefined ? "action-plans" : (target.split(".")[0] ?? "action-plans");
}

/**
 * Milestones are due within their action plan's period: a commitment's `milestones[].due_date`
 * lies between the `period_start` and `period_end` of the plan named by its `action_plan`.
 */
export const milestoneWithinPlan: Rule = {
  code: "milestone-outside-plan",
  severity: "warning",
  description: {
    id: "Tenggat tonggak capaian (milestones[].due_date) berada dalam periode rencana aksinya (action_plan → action-plans).",
    en: "Milestones are due within their action plan's period (milestones[].due_date within action_plan → action-plans).",
  },
  appliesTo: (info) => info.fields.has("action_plan") && info.fields.has("milestones"),
  start(environment) {
    // Plan periods by id: small, collected while the plans are read (they are read first).
    const periods = new Map<unknown, { start?: string; end?: string }>();
    const planNames = new Set(
      [...environment.datasets.values()].filter((d) => milestoneWithinPlan.appliesTo(d)).map(planDataset),
    );
    return {
      dataset(info) {
        if (planNames.has(info.name)) {
          const readId = fieldValue(info, "id");
          const readStart = fieldValue(info, "period_start");
          const readEnd = fieldValue(info, "period_end");
          return {
            row(context) {
              const start = readStart(context);
              const end = readEnd(context);
              periods.set(readId(context), {
                ...(typeof start === "string" ? { start } : {}),
                ...(typeof end === "string" ? { end } : {}),
              });
            },
          };
        }
        if (!milestoneWithinPlan.appliesTo(info)) return undefined;
        const readPlan = fieldValue(info, "action_plan");
        const readMilestones = fieldValue(info, "milestones");
        return {
          row(context, emit) {
            const plan = periods.get(readPlan(context));
            const milestones = readMilestones(context);
            // An unknown plan is a foreign-key error, reported by that rule.
            if (!plan || !Array.isArray(milestones)) return;
            const first = plan.start === undefined ? undefined : dateRange(plan.start)?.first;
            const last = plan.end === undefined ? undefined : dateRange(plan.end)?.last;
            milestones.forEach((milestone: unknown, index) => {
              const due = (milestone as { due_date?: unknown } | null)?.due_date;
              if (typeof due !== "string") return;
              const range = dateRange(due);
              if (!range) return;
              const before = first !== undefined && range.last < first;
              const after = last !== undefined && range.first > last;
              if (!before && !after) return;
              emit(
                fieldIssue(context, {
                  code: "milestone-outside-plan",
                  severity: "warning",
                  column: "milestones",
                  pointer: `/milestones/${index}/due_date`,
                  value: due,
                  rule: "period_start <= milestones[].due_date <= period_end",
                  params: {
                    plan: String(readPlan(context)),
                    start: plan.start ?? "…",
                    end: plan.end ?? "…",
                  },
                }),
              );
            });
          },
        };
      },
    };
  },
};
