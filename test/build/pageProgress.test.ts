import { describe, expect, it } from "vitest";
import { followPages } from "../../src/node/pageProgress.ts";

// The build's progress line counts the pages Astro renders and those written outside its pipeline
// (the activity pages, src/site/activityPages.ts), which Astro's process reports in any order.

function follow() {
  const totals: number[] = [];
  const done: number[] = [];
  const handle = followPages({ total: (n) => totals.push(n), done: (n) => done.push(n) });
  return { handle, totals, done };
}

describe("followPages", () => {
  it("adds the pages written outside Astro's pipeline to its total, reported before or after it", () => {
    const first = follow();
    first.handle({ kind: "ksst-pages", outside: 19_998 });
    first.handle({ kind: "ksst-pages", total: 2_517 });
    expect(first.totals.at(-1)).toBe(22_515);
    const second = follow();
    second.handle({ kind: "ksst-pages", total: 2_517 });
    second.handle({ kind: "ksst-pages", outside: 19_998 });
    expect(second.totals).toEqual([2_517, 22_515]);
  });

  it("counts the pages done from both", () => {
    const { handle, done } = follow();
    handle({ kind: "ksst-pages", done: 50 });
    handle({ kind: "ksst-pages", done: 100 });
    expect(done).toEqual([50, 100]);
  });

  it("ignores other messages", () => {
    const { handle, totals, done } = follow();
    handle({ kind: "other", total: 5 });
    handle(null);
    handle("text");
    expect(totals).toEqual([]);
    expect(done).toEqual([]);
  });
});
