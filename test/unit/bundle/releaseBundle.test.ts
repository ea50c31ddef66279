import { resolve } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { folderIO } from "../../../src/node/folderIO.ts";
import { type LoadedRelease, loadReleases, readReleaseFiles } from "../../../src/node/releases.ts";
import { sha256Hex } from "../../../src/node/sha256.ts";
import { validateDataDir } from "../../../src/node/validateDataDir.ts";
import { releaseBundle } from "../../../src/site/releases/releaseBundle.ts";
import { releaseDataPackage } from "../../../src/site/releases/releaseDataPackage.ts";
import { siteData } from "../../../src/site/siteData.ts";
import { fixtureReleasesDir } from "../../helpers/siteFixture.ts";

// Each release of the site fixture (frozen copies of releases 1.0.0 and 1.1.0): its own Data Package,
// its zip bundle, and the promise that the live downloads of the same data are the same bytes.

let releases: readonly LoadedRelease[];
beforeAll(async () => {
  releases = (await loadReleases(fixtureReleasesDir)).releases;
  expect(releases.length).toBeGreaterThanOrEqual(2);
}, 60_000);

/** Parses SHA256SUMS into path → checksum. */
function sums(text: string): Map<string, string> {
  return new Map(
    text
      .trimEnd()
      .split("\n")
      .map((line) => {
        const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
        if (!match?.[1] || !match[2]) throw new Error(`not a sha256sum line: ${line}`);
        return [match[2], match[1]] as const;
      }),
  );
}

describe("live downloads and release snapshots of the same data", () => {
  it.each([0, 1])(
    "have the same checksums: each dataset of release #%i built as the live site builds it",
    async (i) => {
      const release = releases[i] as LoadedRelease;
      const dir = release.dir;
      const result = await validateDataDir(dir, resolve(dir, "schemas"));
      expect(result.valid).toBe(true);
      const { manifest } = release.snapshot;
      const data = await siteData(result, folderIO(dir), new Date(`${manifest.date}T00:00:00Z`), {
        version: manifest.version,
      });
      for (const published of manifest.datasets) {
        const site = data.siteDatasets.get(published.name);
        const own = site?.downloads.find((file) => file.fileName === published.path);
        expect({ file: published.path, sha256: own?.sha256 }).toEqual({
          file: published.path,
          sha256: published.sha256,
        });
      }
    },
  );
});

describe("a release's datapackage.json", () => {
  it("describes each file the release published with its hash, the release's version and date", async () => {
    for (const release of releases) {
      const files = await readReleaseFiles(release);
      const byPath = new Map(files.map((f) => [f.path, f.bytes]));
      const descriptor = JSON.parse(
        strFromU8(releaseDataPackage(release.snapshot, byPath, "https://data.example.org/").bytes),
      );
      const { manifest } = release.snapshot;
      expect(descriptor.version).toBe(manifest.version);
      expect(descriptor.created).toBe(`${manifest.date}T00:00:00Z`);
      expect(descriptor.homepage).toBe(`https://data.example.org/en/releases/${manifest.version}/`);
      expect(descriptor.resources.map((r: { path: string }) => r.path)).toEqual(
        manifest.datasets.map((d) => d.path),
      );
      for (const resource of descriptor.resources) {
        const bytes = byPath.get(resource.path) as Uint8Array;
        expect(resource.hash).toBe(`sha256:${sha256Hex(bytes)}`);
        expect(resource.bytes).toBe(bytes.byteLength);
        if (resource.format === "csv") {
          expect(resource.type).toBe("table");
          expect(resource.dialect.lineTerminator).toBe("\n");
          const header = strFromU8(bytes).split("\n")[0]?.split(",");
          expect(resource.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
          for (const key of resource.schema.foreignKeys ?? [])
            expect(descriptor.resources.map((r: { name: string }) => r.name)).toContain(
              key.reference.resource,
            );
        } else {
          // The record schema it names is a file of the release, served beside the descriptor.
          expect(byPath.has(resource.jsonSchema.items.$ref)).toBe(true);
        }
      }
    }
  });
});

describe("a release's zip bundle", () => {
  it("holds every file of the release, its changelog and data package, a README and checksums that match", async () => {
    const release = releases[1] as LoadedRelease;
    const files = await readReleaseFiles(release);
    const zip = await releaseBundle(release, files, undefined);
    expect(sha256Hex(await releaseBundle(release, files, undefined))).toBe(sha256Hex(zip));
    const entries = unzipSync(zip);
    const names = Object.keys(entries);
    for (const file of files) expect(entries[file.path]).toEqual(file.bytes);
    expect(names).toEqual(
      expect.arrayContaining([
        "README.md",
        "SHA256SUMS",
        "datapackage.json",
        "changelog.json",
        "release.json",
      ]),
    );
    const listed = sums(strFromU8(entries.SHA256SUMS as Uint8Array));
    expect([...listed.keys()].sort()).toEqual(names.filter((name) => name !== "SHA256SUMS").sort());
    for (const [path, sha256] of listed) expect(sha256Hex(entries[path] as Uint8Array)).toBe(sha256);
  });

  it("says in its README, in both languages, the licence, how to cite the release and what each file is", async () => {
    const release = releases[1] as LoadedRelease;
    const readme = strFromU8(
      unzipSync(await releaseBundle(release, await readReleaseFiles(release), "https://data.example.org/"))[
        "README.md"
      ] as Uint8Array,
    );
    expect(readme).toContain("# KSST Terbuka");
    expect(readme).toContain("## Lisensi");
    expect(readme).toContain("## Licence");
    expect(readme).toContain("https://creativecommons.org/licenses/by/4.0/");
    expect(readme).toContain(
      "(Version 1.1.0) [Data set]. Released 28 November 2026. https://data.example.org/en/releases/1.1.0/",
    );
    expect(readme).toContain(
      "(Versi 1.1.0) [Set data]. Dirilis 28 November 2026. https://data.example.org/id/releases/1.1.0/",
    );
    expect(readme).toContain("sha256sum -c SHA256SUMS");
    expect(readme).toMatch(
      /\| `activities\.csv` \| KSST activities: one row per record \(CSV\) \| \d+ \| `[0-9a-f]{64}` \|/,
    );
    expect(readme).toMatch(
      /\| `schemas\/activities\.schema\.json` \| JSON Schema \(draft 2020-12\) each record of KSST activities/,
    );
    expect(readme).toMatch(/\| `changelog\.json` \| what changed since the previous release/);
    // No file is left described by its bare name.
    for (const [, path, what] of readme.matchAll(/^\| `([^`]+)` \| ([^|]+) \|/gm))
      expect(what).not.toBe(path);
  });
});
