import { describe, expect, it } from "vitest";
import {
  dueDeadline,
  isCompleteStatus,
  milestoneOverdue,
  overdueMilestones,
} from "../../../src/lib/commitments/milestoneOverdue.ts";
import { commitment, milestone } from "./fixtures.ts";

// A fixed clock: the tests never read the real date.
const today = "2021-03-15";

describe("dueDeadline", () => {
  it.each([
    ["2020", "2020-12-31"],
    ["2021-02", "2021-02-28"],
    ["2024-02", "2024-02-29"],
    ["2021-04", "2021-04-30"],
    ["2021-03-15", "2021-03-15"],
  ])("gives %s until %s", (due, deadline) => {
    expect(dueDeadline(due)).toBe(deadline);
  });

  it("refuses a value that is not a partial date", () => {
    expect(() => dueDeadline("March 2021")).toThrow(RangeError);
  });
});

describe("isCompleteStatus", () => {
  it.each([
    ["Complete", true],
    ["completed", true],
    [" Selesai ", true],
    ["Substantial", false],
    ["Not started", false],
    [undefined, false],
  ] as const)("%j means done: %s", (status, done) => {
    expect(isCompleteStatus(status)).toBe(done);
  });
});

describe("milestoneOverdue on 15 March 2021", () => {
  it.each([
    ["no due date", {}, false],
    ["no due date, no status", { status: "Not started" }, false],
    ["due the day before", { due_date: "2021-03-14" }, true],
    ["due today", { due_date: "2021-03-15" }, false],
    ["due tomorrow", { due_date: "2021-03-16" }, false],
    ["due this month", { due_date: "2021-03" }, false],
    ["due last month", { due_date: "2021-02" }, true],
    ["due this year", { due_date: "2021" }, false],
    ["due last year", { due_date: "2020" }, true],
    ["due last year, complete", { due_date: "2020", status: "Complete" }, false],
    ["due last year, completed", { due_date: "2020-06-30", status: "completed" }, false],
    ["due last year, substantial", { due_date: "2020-06-30", status: "Substantial" }, true],
  ] as const)("%s → %s", (_case, fields, overdue) => {
    expect(milestoneOverdue(milestone("m1", fields), today)).toBe(overdue);
  });

  it.each(["2021-3-15", "15/03/2021", "2021"])("refuses today = %j", (bad) => {
    expect(() => milestoneOverdue(milestone("m1", { due_date: "2020" }), bad)).toThrow(RangeError);
  });

  it("lists a commitment's overdue milestones by id", () => {
    const c = commitment("ID1", "p", {
      milestones: [
        milestone("m1", { due_date: "2020" }),
        milestone("m2"),
        milestone("m3", { due_date: "2020", status: "Selesai" }),
        milestone("m4", { due_date: "2022" }),
        milestone("m5", { due_date: "2021-01" }),
      ],
    });
    expect(overdueMilestones(c, today)).toEqual(["m1", "m5"]);
    expect(overdueMilestones(c, "2019-01-01")).toEqual([]);
    expect(overdueMilestones(commitment("ID2", "p"), today)).toEqual([]);
  });
});
