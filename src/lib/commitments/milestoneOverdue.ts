import type { Commitment, Milestone, PartialDate } from "../model.ts";
import { dateRange } from "../partialDate.ts";

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Milestone statuses that mean "done", compared without case: a milestone with one of these is
 * never overdue. Statuses are free text as the source words them (docs/data-model.md).
 */
export const completeStatuses: readonly string[] = ["complete", "completed", "selesai"];

/** Whether a milestone's status (free text) says it is done. */
export function isCompleteStatus(status: string | undefined): boolean {
  return status !== undefined && completeStatuses.includes(status.trim().toLowerCase());
}

/**
 * Returns the last day a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` due date allows, as `YYYY-MM-DD`:
 * a milestone due "2020" is on time until 31 December 2020, one due "2021-02" until 28 February.
 */
export function dueDeadline(due: PartialDate): string {
  const range = dateRange(due);
  if (!range) throw new RangeError(`"${due}" is not a YYYY, YYYY-MM or YYYY-MM-DD date.`);
  return range.last;
}

/**
 * Whether a milestone is overdue on `today` (`YYYY-MM-DD`, e.g. the build date): its due date has
 * passed and its status does not say it is done. A milestone with no due date is never overdue.
 */
export function milestoneOverdue(milestone: Milestone, today: string): boolean {
  if (!isoDay.test(today)) throw new RangeError(`today must be a YYYY-MM-DD date, not "${today}".`);
  if (milestone.due_date === undefined || isCompleteStatus(milestone.status)) return false;
  return dueDeadline(milestone.due_date) < today;
}

/** Returns the ids of a commitment's milestones that are overdue on `today` (`YYYY-MM-DD`). */
export function overdueMilestones(commitment: Commitment, today: string): string[] {
  return (commitment.milestones ?? []).filter((m) => milestoneOverdue(m, today)).map((m) => m.id);
}
