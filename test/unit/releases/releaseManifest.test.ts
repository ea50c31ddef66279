import { describe, expect, it } from "vitest";
import { ReleaseError } from "../../../src/lib/releases/releaseError.ts";
import { parseManifest, parseReleaseIndex } from "../../../src/lib/releases/releaseManifest.ts";
import { bumpVersion, compareVersions, parseVersion } from "../../../src/lib/releases/version.ts";

const valid = {
  version: "1.0.0",
  date: "2026-11-28",
  title: { id: "Rilis pertama", en: "First release" },
  notes: { id: "Catatan", en: "Notes" },
  datasets: [
    {
      name: "activities",
      path: "activities.csv",
      schema: "schemas/activities.schema.json",
      format: "csv",
      rows: 3,
      bytes: 120,
      sha256: "a".repeat(64),
    },
  ],
  files: [{ path: "catalog.json", bytes: 10, sha256: "b".repeat(64) }],
};

describe("parseManifest", () => {
  it("accepts a valid release.json", () => {
    expect(parseManifest(valid, "release.json")).toEqual(valid);
  });

  it.each([
    ["a bad version", { version: "v1" }, /version: "v1" is not a version/],
    ["a date with a time", { date: "2026-11-28T10:00" }, /date must be a date written YYYY-MM-DD/],
    ["a title without English", { title: { id: "x" } }, /title\.en must be a non-empty string/],
    [
      "a file outside the release",
      { files: [{ path: "../data/x.csv", bytes: 1, sha256: "b".repeat(64) }] },
      /files\[0\]\.path must be a relative path inside the release/,
    ],
    [
      "an upper-case checksum",
      { files: [{ path: "x", bytes: 1, sha256: "B".repeat(64) }] },
      /files\[0\]\.sha256 must be 64 lowercase hexadecimal digits/,
    ],
    [
      "an unknown format",
      { datasets: [{ ...valid.datasets[0], format: "xlsx" }] },
      /datasets\[0\]\.format must be/,
    ],
  ])("rejects %s, saying where", (_name, patch, message) => {
    expect(() => parseManifest({ ...valid, ...patch }, "releases/1.0.0/release.json")).toThrow(message);
    expect(() => parseManifest({ ...valid, ...patch }, "r")).toThrow(ReleaseError);
  });
});

describe("parseReleaseIndex", () => {
  it("reads the list of releases", () => {
    const index = { releases: [{ version: "1.0.0", date: "2026-11-28", title: valid.title }] };
    expect(parseReleaseIndex(index, "index.json")).toEqual(index);
  });

  it("rejects an index without a releases list", () => {
    expect(() => parseReleaseIndex({}, "releases/index.json")).toThrow(
      "releases/index.json: releases must be an array.",
    );
  });
});

describe("versions", () => {
  it.each([
    ["1.0.0", "1.0.1", -1],
    ["1.10.0", "1.9.9", 1],
    ["2.0.0", "2.0.0", 0],
  ])("orders %s against %s", (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });

  it.each([
    ["1.2.3", "major", "2.0.0"],
    ["1.2.3", "minor", "1.3.0"],
    ["1.2.3", "patch", "1.2.4"],
  ] as const)("bumps %s at %s level to %s", (version, level, expected) => {
    expect(bumpVersion(version, level)).toBe(expected);
  });

  it.each(["1.0", "01.0.0", "v1.0.0", "1.0.0-beta"])("rejects %j", (text) => {
    expect(() => parseVersion(text)).toThrow(/MAJOR\.MINOR\.PATCH/);
  });
});
