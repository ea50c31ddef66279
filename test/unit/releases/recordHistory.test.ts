import { describe, expect, it } from "vitest";
import { indexRecordHistory, recordHistory } from "../../../src/lib/releases/recordHistory.ts";
import { releaseChangelog } from "../../../src/lib/releases/releaseChangelog.ts";
import { snapshot } from "./releaseFixtures.ts";

const commitment = (id: string, completion?: string) => ({
  id,
  title: { en: "Provide open election data" },
  lead_orgs: ["kpu"],
  ...(completion ? { irm: { completion } } : {}),
});

describe("recordHistory", () => {
  const releases = [
    snapshot("1.0.0", "2026-01-10", {
      commitments: [commitment("ID0123")],
      organisations: [{ id: "kemlu", n: "K" }],
    }),
    snapshot("1.1.0", "2026-03-02", {
      commitments: [commitment("ID0123", "Limited")],
      organisations: [{ id: "kemlu", n: "K" }],
    }),
    snapshot("1.1.1", "2026-06-30", {
      commitments: [commitment("ID0123", "Substantial")],
      organisations: [{ id: "kemenlu", n: "K" }],
    }),
  ];
  const changelogs = releases.map((release, index) => releaseChangelog(releases[index - 1], release));
  const index = indexRecordHistory(changelogs);

  it("follows a commitment's completion from unknown to limited to substantial", () => {
    expect(recordHistory(index, "commitments", "ID0123")).toEqual([
      { version: "1.0.0", date: "2026-01-10", kind: "added", changes: [] },
      {
        version: "1.1.0",
        date: "2026-03-02",
        kind: "changed",
        changes: [{ path: "/irm", kind: "added", new: { completion: "Limited" } }],
      },
      {
        version: "1.1.1",
        date: "2026-06-30",
        kind: "changed",
        changes: [{ path: "/irm/completion", kind: "changed", old: "Limited", new: "Substantial" }],
      },
    ]);
  });

  it("shows a renamed record's removal and its look-alike's arrival", () => {
    expect(recordHistory(index, "organisations", "kemlu").at(-1)).toEqual({
      version: "1.1.1",
      date: "2026-06-30",
      kind: "removed",
      changes: [],
      possibleRename: { direction: "to", key: "kemenlu", similarity: 1 },
    });
    expect(recordHistory(index, "organisations", "kemenlu")).toEqual([
      {
        version: "1.1.1",
        date: "2026-06-30",
        kind: "added",
        changes: [],
        possibleRename: { direction: "from", key: "kemlu", similarity: 1 },
      },
    ]);
  });

  it.each([
    ["an unknown record", "commitments", "ID9999"],
    ["an unknown dataset", "nope", "ID0123"],
  ])("is empty for %s", (_name, dataset, key) => {
    expect(recordHistory(index, dataset, key)).toEqual([]);
  });
});
