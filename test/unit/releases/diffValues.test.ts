import { describe, expect, it } from "vitest";
import { type PathSegment, parsePath } from "../../../src/lib/releases/changePath.ts";
import { diffValues, type FieldChange } from "../../../src/lib/releases/diffValues.ts";
import type { JsonValue } from "../../../src/lib/releases/jsonValue.ts";

type Case = [name: string, old: JsonValue | undefined, next: JsonValue | undefined, expected: FieldChange[]];

describe("diffValues", () => {
  const cases: Case[] = [
    ["equal records", { id: "a", n: 1 }, { id: "a", n: 1 }, []],
    ["equal regardless of member order", { a: 1, b: 2 }, { b: 2, a: 1 }, []],
    [
      "a changed field",
      { status: "ongoing" },
      { status: "completed" },
      [{ path: "/status", kind: "changed", old: "ongoing", new: "completed" }],
    ],
    [
      "a field that became known (missing → value)",
      {},
      { participants_total: 30 },
      [{ path: "/participants_total", kind: "added", new: 30 }],
    ],
    [
      "a field that became unknown (value → missing)",
      { participants_total: 30 },
      {},
      [{ path: "/participants_total", kind: "removed", old: 30 }],
    ],
    [
      "missing → empty text is a change (unknown → known to be empty)",
      {},
      { notes: "" },
      [{ path: "/notes", kind: "added", new: "" }],
    ],
    ["empty text → missing is a change", { notes: "" }, {}, [{ path: "/notes", kind: "removed", old: "" }]],
    [
      "empty text → text",
      { notes: "" },
      { notes: "x" },
      [{ path: "/notes", kind: "changed", old: "", new: "x" }],
    ],
    ["missing → empty list", {}, { sdgs: [] }, [{ path: "/sdgs", kind: "added", new: [] }]],
    ["missing → empty object", {}, { irm: {} }, [{ path: "/irm", kind: "added", new: {} }]],
    ["null is a value, not missing", { x: null }, {}, [{ path: "/x", kind: "removed", old: null }]],
    [
      'type change "12" → 12',
      { value: "12" },
      { value: 12 },
      [{ path: "/value", kind: "retyped", old: "12", new: 12 }],
    ],
    [
      "type change 1 → true",
      { flag: 1 },
      { flag: true },
      [{ path: "/flag", kind: "retyped", old: 1, new: true }],
    ],
    [
      "type change text → list",
      { tags: "a;b" },
      { tags: ["a", "b"] },
      [{ path: "/tags", kind: "retyped", old: "a;b", new: ["a", "b"] }],
    ],
    ["integer and decimal of equal value are equal", { amount: 5 }, { amount: 5.0 }, []],
    [
      "a nested commitment field",
      { irm: { completion: "Limited", source_ids: ["s1"] } },
      { irm: { completion: "Substantial", source_ids: ["s1"] } },
      [{ path: "/irm/completion", kind: "changed", old: "Limited", new: "Substantial" }],
    ],
    [
      "a nested object that appeared is one change with its whole value",
      { id: "c" },
      { id: "c", irm: { completion: "Limited" } },
      [{ path: "/irm", kind: "added", new: { completion: "Limited" } }],
    ],
    [
      "a nested bilingual text",
      { title: { id: "A", en: "B" } },
      { title: { id: "A", en: "C" } },
      [{ path: "/title/en", kind: "changed", old: "B", new: "C" }],
    ],
    [
      "a list of plain values is compared whole",
      { sdgs: [3, 4] },
      { sdgs: [3, 4, 5] },
      [{ path: "/sdgs", kind: "changed", old: [3, 4], new: [3, 4, 5] }],
    ],
    [
      "a reordered list is a change (the published value differs)",
      { ids: ["a", "b"] },
      { ids: ["b", "a"] },
      [{ path: "/ids", kind: "changed", old: ["a", "b"], new: ["b", "a"] }],
    ],
    [
      "milestones are matched by id, not position",
      {
        milestones: [
          { id: "m1", status: "not started" },
          { id: "m2", status: "limited" },
        ],
      },
      {
        milestones: [
          { id: "m2", status: "substantial" },
          { id: "m1", status: "not started" },
        ],
      },
      [{ path: "/milestones/[id=m2]/status", kind: "changed", old: "limited", new: "substantial" }],
    ],
    [
      "a milestone added and one removed",
      { milestones: [{ id: "m1" }, { id: "m2" }] },
      { milestones: [{ id: "m1" }, { id: "m3", due_date: "2022-06" }] },
      [
        { path: "/milestones/[id=m3]", kind: "added", new: { id: "m3", due_date: "2022-06" } },
        { path: "/milestones/[id=m2]", kind: "removed", old: { id: "m2" } },
      ],
    ],
    [
      "first element of a keyed list, from empty",
      { milestones: [] },
      { milestones: [{ id: "m1" }] },
      [{ path: "/milestones/[id=m1]", kind: "added", new: { id: "m1" } }],
    ],
    [
      "objects without ids are matched by position",
      { status_history: [{ date: "2020", value: "a" }] },
      {
        status_history: [
          { date: "2020", value: "b" },
          { date: "2021", value: "c" },
        ],
      },
      [
        { path: "/status_history/0/value", kind: "changed", old: "a", new: "b" },
        { path: "/status_history/1", kind: "added", new: { date: "2021", value: "c" } },
      ],
    ],
    [
      "ids with / and ~ are escaped",
      { m: [{ id: "a/b~c", v: 1 }] },
      { m: [{ id: "a/b~c", v: 2 }] },
      [{ path: "/m/[id=a~1b~0c]/v", kind: "changed", old: 1, new: 2 }],
    ],
    [
      "member names with / are escaped",
      { "a/b": 1 },
      { "a/b": 2 },
      [{ path: "/a~1b", kind: "changed", old: 1, new: 2 }],
    ],
    ["a whole record appearing", undefined, { id: "x" }, [{ path: "", kind: "added", new: { id: "x" } }]],
  ];

  it.each(cases)("%s", (_name, old, next, expected) => {
    expect(diffValues(old, next)).toEqual(expected);
  });

  it("lists changes in the newer record's field order, then removed fields", () => {
    const changes = diffValues({ a: 1, gone: 1, b: 1 }, { b: 2, a: 2, c: 1 });
    expect(changes.map((change) => change.path)).toEqual(["/b", "/a", "/c", "/gone"]);
  });
});

describe("parsePath", () => {
  it.each([
    ["", []],
    [
      "/irm/completion",
      [
        { kind: "member", name: "irm" },
        { kind: "member", name: "completion" },
      ],
    ],
    [
      "/milestones/[id=m~12]/status",
      [
        { kind: "member", name: "milestones" },
        { kind: "id", id: "m/2" },
        { kind: "member", name: "status" },
      ],
    ],
    [
      "/status_history/10",
      [
        { kind: "member", name: "status_history" },
        { kind: "index", index: 10 },
      ],
    ],
    ["/a~1b~0c", [{ kind: "member", name: "a/b~c" }]],
  ] as [string, PathSegment[]][])("reads %j", (path, expected) => {
    expect(parsePath(path)).toEqual(expected);
  });
});
