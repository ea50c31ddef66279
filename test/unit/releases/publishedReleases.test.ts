import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { recordHistory } from "../../../src/lib/releases/recordHistory.ts";
import { datasetSchemaRoot } from "../../../src/lib/releases/releaseSnapshot.ts";
import { loadReleases, type ReleasesData } from "../../../src/node/releases.ts";
import { schemaCodeCache } from "../../../src/node/schemaCodeCache.ts";
import { recordHistoryView } from "../../../src/site/releases/recordHistoryView.ts";

// The repository's published releases: every snapshot file must still match its checksum, and the
// changelogs computed from them are what the site shows.
let releases: ReleasesData;
beforeAll(async () => {
  releases = await loadReleases("releases");
});

describe("published releases", () => {
  it("are listed oldest first and each follows the one before", () => {
    const versions = releases.releases.map((r) => r.snapshot.manifest.version);
    expect(versions.slice(0, 2)).toEqual(["1.0.0", "1.1.0"]);
    releases.releases.forEach((release, index) => {
      expect(release.snapshot.manifest.previous).toBe(
        releases.releases[index - 1]?.snapshot.manifest.version,
      );
    });
  });

  it("have a non-empty changelog after the first", () => {
    for (const release of releases.releases.slice(1)) {
      const { added, removed, changed } = release.changelog.totals;
      expect(added + removed + changed).toBeGreaterThan(0);
    }
  });

  it("record 1.1.0's correction of stmt-0076 in its history, with field labels in both languages", () => {
    const events = recordHistory(releases.history, "statements", "stmt-0076");
    expect(events.slice(0, 2).map((e) => [e.version, e.kind])).toEqual([
      ["1.0.0", "added"],
      ["1.1.0", "changed"],
    ]);
    const schemaOf = (version: string) =>
      datasetSchemaRoot(releases.byVersion.get(version)?.snapshot, "statements");
    const en = recordHistoryView(events, "en", schemaOf)[1];
    expect(en?.what).toBe("Changed");
    expect(en?.href).toBe("/en/releases/1.1.0/");
    expect(en?.changes.map((c) => [c.field, c.kindLabel])).toEqual([
      ["Claim (Indonesian)", "changed"],
      ["Claim (English)", "changed"],
      ["Notes (Indonesian)", "now known"],
      ["Notes (English)", "now known"],
    ]);
    const id = recordHistoryView(events, "id", schemaOf)[0];
    expect(id).toMatchObject({
      what: "Pertama diterbitkan",
      release: "Rilis 1.0.0",
      date: "28 November 2026",
    });
  });

  it("with a schema code cache, compile each release's schemas once and read them back next time (issue 12)", async () => {
    const folder = mkdtempSync(join(tmpdir(), "ksst-release-code-"));
    try {
      const cache = schemaCodeCache(folder);
      expect(cache).toBeDefined();
      const versions = releases.releases.length;
      const first = await loadReleases("releases", cache);
      const kept = readdirSync(folder).sort();
      // One file per release whose schemas differ from every earlier one's, at least one.
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.length).toBeLessThanOrEqual(versions);
      const reads: string[] = [];
      const counting = cache && {
        read: (identity: string) => {
          reads.push(identity);
          return cache.read(identity);
        },
      };
      const again = await loadReleases("releases", counting);
      expect(reads.length).toBeGreaterThanOrEqual(versions);
      expect(readdirSync(folder).sort()).toEqual(kept);
      for (const loaded of [first, again])
        expect(loaded.releases.map((r) => r.changelog)).toEqual(releases.releases.map((r) => r.changelog));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
