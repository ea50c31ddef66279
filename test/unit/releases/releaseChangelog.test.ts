import { describe, expect, it } from "vitest";
import { releaseChangelog } from "../../../src/lib/releases/releaseChangelog.ts";
import { sha, snapshot } from "./releaseFixtures.ts";

const commitment = (completion: string) => ({
  id: "ID0121",
  action_plan: "2020-2022",
  title: { en: "Make social welfare data more transparent" },
  irm: { completion, source_ids: ["irm-2020"] },
});

describe("releaseChangelog", () => {
  const first = snapshot("1.0.0", "2026-11-01", {
    activities: [{ id: "ksst-0001" }, { id: "ksst-0002" }],
    commitments: [commitment("Limited")],
    old: [{ id: "x" }],
  });
  const second = snapshot(
    "1.1.0",
    "2026-11-28",
    {
      activities: [{ id: "ksst-0001" }, { id: "ksst-0002" }, { id: "ksst-0003" }],
      commitments: [commitment("Substantial")],
      fresh: [{ id: "y" }],
    },
    {
      sha: { activities: sha("b"), commitments: sha("c") },
      catalog: { publisher: { name: "KSST Terbuka ID" } },
    },
  );

  it("lists every record of the first release as added", () => {
    const changelog = releaseChangelog(undefined, first);
    expect(changelog.previous).toBeUndefined();
    expect(changelog.totals).toEqual({ added: 4, removed: 0, changed: 0 });
    expect(changelog.datasets.map((d) => [d.name, d.status, d.rows])).toEqual([
      ["activities", "new", { new: 2 }],
      ["commitments", "new", { new: 1 }],
      ["old", "new", { new: 1 }],
    ]);
    expect(changelog.metadata).toEqual([]);
  });

  const changelog = releaseChangelog(first, second);

  it("names the release and the one before it", () => {
    expect(changelog).toMatchObject({
      version: "1.1.0",
      date: "2026-11-28",
      previous: { version: "1.0.0", date: "2026-11-01" },
    });
  });

  it.each([
    ["activities", "changed", { old: 2, new: 3 }, ["ksst-0003"], [], []],
    ["commitments", "changed", { old: 1, new: 1 }, [], [], ["ID0121"]],
    ["fresh", "new", { new: 1 }, ["y"], [], []],
    ["old", "dropped", { old: 1 }, [], ["x"], []],
  ])("dataset %s is %s", (name, status, rows, added, removed, changed) => {
    const dataset = changelog.datasets.find((d) => d.name === name);
    expect(dataset?.status).toBe(status);
    expect(dataset?.rows).toEqual(rows);
    expect(dataset?.added.map((r) => r.key)).toEqual(added);
    expect(dataset?.removed.map((r) => r.key)).toEqual(removed);
    expect(dataset?.changed.map((r) => r.key)).toEqual(changed);
  });

  it("orders datasets as the current catalog, then the dropped ones", () => {
    expect(changelog.datasets.map((d) => d.name)).toEqual(["activities", "commitments", "fresh", "old"]);
  });

  it("gives the nested field's old and new value", () => {
    const commitments = changelog.datasets.find((d) => d.name === "commitments");
    expect(commitments?.changed[0]?.changes).toEqual([
      { path: "/irm/completion", kind: "changed", old: "Limited", new: "Substantial" },
    ]);
  });

  it("counts totals and diffs publisher metadata", () => {
    expect(changelog.totals).toEqual({ added: 2, removed: 1, changed: 1 });
    expect(changelog.metadata).toEqual([
      { path: "/publisher/name", kind: "changed", old: "KSST Terbuka", new: "KSST Terbuka ID" },
    ]);
  });

  it("tells a file whose bytes changed while its records did not", () => {
    const a = snapshot("1.0.0", "2026-11-01", { sources: [{ id: "s" }] });
    const b = snapshot("1.0.1", "2026-11-02", { sources: [{ id: "s" }] }, { sha: { sources: sha("f") } });
    const dataset = releaseChangelog(a, b).datasets[0];
    expect(dataset?.status).toBe("changed");
    expect(dataset?.sha256).toEqual({ old: sha("a"), new: sha("f") });
    expect(dataset?.unchanged).toBe(1);
    expect(releaseChangelog(a, a).datasets[0]?.status).toBe("unchanged");
  });
});
