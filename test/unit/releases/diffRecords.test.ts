import { describe, expect, it } from "vitest";
import { diffRecords } from "../../../src/lib/releases/diffRecords.ts";

const org = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  name_id: "Kementerian Luar Negeri",
  name_en: "Ministry of Foreign Affairs",
  type: "ministry",
  country: "ID",
  source_ids: ["src-1"],
  ...fields,
});

describe("diffRecords", () => {
  it.each([
    ["nothing changed", [org("a")], [org("a")], { added: [], removed: [], changed: [], unchanged: 1 }],
    [
      "a record added",
      [org("a")],
      [org("a"), org("b")],
      { added: ["b"], removed: [], changed: [], unchanged: 1 },
    ],
    [
      "a record removed",
      [org("a"), org("b")],
      [org("a")],
      { added: [], removed: ["b"], changed: [], unchanged: 1 },
    ],
    [
      "a record changed",
      [org("a")],
      [org("a", { acronym: "A" })],
      {
        added: [],
        removed: [],
        changed: ["a"],
        unchanged: 0,
      },
    ],
    [
      "added, removed and changed at once",
      [org("a"), org("b"), org("c")],
      [org("d"), org("a", { type: "agency" }), org("c")],
      {
        added: ["d"],
        removed: ["b"],
        changed: ["a"],
        unchanged: 1,
      },
    ],
    [
      "from nothing (first release)",
      [],
      [org("a"), org("b")],
      { added: ["a", "b"], removed: [], changed: [], unchanged: 0 },
    ],
    ["to nothing", [org("a")], [], { added: [], removed: ["a"], changed: [], unchanged: 0 }],
  ])("%s", (_name, older, newer, expected) => {
    const diff = diffRecords(older, newer, { key: "id" });
    expect({
      added: diff.added.map((r) => r.key),
      removed: diff.removed.map((r) => r.key),
      changed: diff.changed.map((r) => r.key),
      unchanged: diff.unchanged,
    }).toEqual(expected);
  });

  it("gives each changed field its old and new value", () => {
    const diff = diffRecords(
      [org("a", { acronym: "KL" })],
      [org("a", { acronym: "KLN", website: "https://x" })],
      {
        key: "id",
      },
    );
    expect(diff.changed).toEqual([
      {
        key: "a",
        changes: [
          { path: "/acronym", kind: "changed", old: "KL", new: "KLN" },
          { path: "/website", kind: "added", new: "https://x" },
        ],
      },
    ]);
  });

  it("keeps the whole record of added and removed rows", () => {
    const diff = diffRecords([org("b")], [org("c", { name_en: "Other", name_id: "Lain", type: "agency" })], {
      key: "id",
    });
    expect(diff.removed[0]?.record).toEqual(org("b"));
    expect(diff.added[0]?.record).toMatchObject({ id: "c", name_en: "Other" });
  });

  it("uses the schema's primary key, whatever its name", () => {
    const diff = diffRecords([{ code: "x", v: 1 }], [{ code: "x", v: 2 }], { key: "code" });
    expect(diff.changed.map((r) => r.key)).toEqual(["x"]);
  });

  it('matches a key that turned from "12" into 12 and reports the type change', () => {
    const diff = diffRecords([{ id: "12", v: 1 }], [{ id: 12, v: 1 }], { key: "id" });
    expect(diff.added).toEqual([]);
    expect(diff.changed).toEqual([
      { key: "12", changes: [{ path: "/id", kind: "retyped", old: "12", new: 12 }] },
    ]);
  });

  it("reports duplicate keys and compares only the first record with that key", () => {
    const diff = diffRecords([org("a"), org("a", { acronym: "X" })], [org("a")], { key: "id" });
    expect(diff.duplicateKeys).toEqual(["a"]);
    expect(diff.unchanged).toBe(1);
  });
});

describe("diffRecords: renamed keys", () => {
  it.each([
    [
      "an identical record under a new id",
      [org("kemlu")],
      [org("kemenlu")],
      { from: "kemlu", to: "kemenlu", similarity: 1 },
    ],
    [
      "a record under a new id with one field corrected",
      [org("kemlu", { website: "https://a", acronym: "K", parent_id: "p" })],
      [org("kemenlu", { website: "https://b", acronym: "K", parent_id: "p" })],
      { from: "kemlu", to: "kemenlu", similarity: 0.875 },
    ],
  ])("%s: removed + added with a possibleRename hint", (_name, older, newer, hint) => {
    const diff = diffRecords(older, newer, { key: "id" });
    expect(diff.removed.map((r) => r.key)).toEqual([hint.from]);
    expect(diff.added.map((r) => r.key)).toEqual([hint.to]);
    expect(diff.removed[0]?.possibleRenameTo).toEqual({ key: hint.to, similarity: hint.similarity });
    expect(diff.added[0]?.possibleRenameOf).toEqual({ key: hint.from, similarity: hint.similarity });
  });

  it("gives no hint when the new record is a different one", () => {
    const diff = diffRecords([org("a")], [org("b", { name_id: "Lain", name_en: "Other", type: "agency" })], {
      key: "id",
    });
    expect(diff.removed[0]?.possibleRenameTo).toBeUndefined();
    expect(diff.added[0]?.possibleRenameOf).toBeUndefined();
  });

  it("pairs each record at most once, identical copies first", () => {
    const diff = diffRecords([org("a"), org("b", { acronym: "B" })], [org("a2"), org("a3")], { key: "id" });
    expect(diff.added.find((r) => r.key === "a2")?.possibleRenameOf).toEqual({ key: "a", similarity: 1 });
    // b has one field (acronym) that a3 lacks: 5 of 6 fields equal ≈ 0.833, above the 0.8 threshold.
    expect(diff.added.find((r) => r.key === "a3")?.possibleRenameOf).toEqual({ key: "b", similarity: 0.833 });
  });

  it("honours a stricter threshold", () => {
    const diff = diffRecords([org("b", { acronym: "B" })], [org("a3")], { key: "id", threshold: 0.9 });
    expect(diff.added[0]?.possibleRenameOf).toBeUndefined();
  });

  it("finds only identical copies when there are too many pairs to compare", () => {
    const diff = diffRecords([org("a"), org("b", { acronym: "B" })], [org("a2"), org("a3")], {
      key: "id",
      maxPairs: 0,
    });
    expect(diff.added.map((r) => r.possibleRenameOf?.key)).toEqual(["a", undefined]);
  });
});
