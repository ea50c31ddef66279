import { describe, expect, it } from "vitest";
import { dataVersion } from "../../../src/lib/releases/dataVersion.ts";
import type { ReleaseManifest } from "../../../src/lib/releases/releaseManifest.ts";

const manifest: ReleaseManifest = {
  version: "1.1.0",
  date: "2026-11-28",
  title: { id: "t", en: "t" },
  notes: { id: "n", en: "n" },
  datasets: [
    {
      name: "a",
      path: "a.csv",
      schema: "schemas/a.schema.json",
      format: "csv",
      rows: 1,
      bytes: 1,
      sha256: "aa",
    },
  ],
  files: [
    { path: "catalog.json", bytes: 1, sha256: "cc" },
    { path: "schemas/a.schema.json", bytes: 1, sha256: "ss" },
  ],
};

describe("dataVersion", () => {
  it("is the release number when the data files equal the latest release's, whatever the schemas", () => {
    const files = new Map([
      ["a.csv", "aa"],
      ["catalog.json", "cc"],
    ]);
    expect(dataVersion(manifest, files, "d1")).toBe("1.1.0");
  });

  it("marks unreleased changes with SemVer build metadata", () => {
    expect(
      dataVersion(
        manifest,
        new Map([
          ["a.csv", "zz"],
          ["catalog.json", "cc"],
        ]),
        "d1",
      ),
    ).toBe("1.1.0+d1");
    // A dataset the release did not have is a change too.
    const added = new Map([
      ["a.csv", "aa"],
      ["catalog.json", "cc"],
      ["b.csv", "bb"],
    ]);
    expect(dataVersion(manifest, added, "d2")).toBe("1.1.0+d2");
  });

  it("is the digest before the first release", () => {
    expect(dataVersion(undefined, new Map(), "d3")).toBe("d3");
  });
});
