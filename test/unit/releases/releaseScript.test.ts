import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadReleases } from "../../../src/node/releases.ts";
import { sha256Hex } from "../../../src/node/sha256.ts";
import { miniData, miniSchemas } from "../../helpers/miniSchemas.ts";

// Runs the real CLI (scripts/release.ts) on a temporary data folder with the mini schemas, twice.
const root = mkdtempSync(join(tmpdir(), "ksst-release-"));
const dataDir = join(root, "data");
const schemaDir = join(root, "schemas");
const releasesDir = join(root, "releases");

function release(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    [
      resolve("node_modules/tsx/dist/cli.mjs"),
      "scripts/release.ts",
      "--data",
      dataDir,
      "--schemas",
      schemaDir,
      "--releases",
      releasesDir,
      "--lang",
      "en",
      ...args,
    ],
    { encoding: "utf8" },
  );
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const texts = ["--title-id", "Judul", "--title-en", "Title", "--notes-id", "Catatan", "--notes-en", "Notes"];

beforeAll(() => {
  mkdirSync(dataDir);
  mkdirSync(schemaDir);
  for (const [name, text] of Object.entries(miniData)) writeFileSync(join(dataDir, name), text);
  for (const [name, text] of Object.entries(miniSchemas)) writeFileSync(join(schemaDir, name), text);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

// Each test runs the CLI once or more (about a second each on a quiet machine, much more on a busy
// shared one: the limit is generous, this is not a timed test).
describe("npm run release", { timeout: 180_000 }, () => {
  it("refuses a release without titles and notes", () => {
    const run = release("--date", "2026-11-01");
    expect(run.code).toBe(2);
    expect(run.err).toContain("--title-id is required");
  });

  it("cuts the first release, 1.0.0, as a byte-exact copy with checksums", () => {
    const run = release("--date", "2026-11-01", ...texts);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    const folder = join(releasesDir, "1.0.0");
    expect(readdirSync(folder).sort()).toEqual([...Object.keys(miniData), "release.json", "schemas"].sort());
    expect(readFileSync(join(folder, "activities.csv"), "utf8")).toBe(miniData["activities.csv"]);
    const manifest = JSON.parse(readFileSync(join(folder, "release.json"), "utf8"));
    expect(manifest).toMatchObject({
      version: "1.0.0",
      date: "2026-11-01",
      title: { id: "Judul", en: "Title" },
    });
    expect(manifest.previous).toBeUndefined();
    const activities = manifest.datasets.find((d: { name: string }) => d.name === "activities");
    expect(activities).toEqual({
      name: "activities",
      schema: "schemas/activities.schema.json",
      format: "csv",
      rows: 2,
      path: "activities.csv",
      bytes: Buffer.byteLength(miniData["activities.csv"] ?? ""),
      sha256: sha256Hex(new TextEncoder().encode(miniData["activities.csv"])),
    });
    expect(manifest.files.map((f: { path: string }) => f.path)).toContain("schemas/defs.schema.json");
  });

  it("refuses a release when nothing changed", () => {
    const run = release("--date", "2026-11-02", ...texts);
    expect(run.code).toBe(1);
    expect(run.err).toContain("Nothing changed since release 1.0.0");
  });

  it("refuses invalid data and writes nothing", () => {
    writeFileSync(
      join(dataDir, "activities.csv"),
      `${miniData["activities.csv"]}a3,lecture,2017,,ZW,,,,s1\n`,
    );
    const run = release("--date", "2026-11-02", ...texts);
    expect(run.code).toBe(1);
    expect(run.err).toContain("The data is invalid");
    expect(readdirSync(releasesDir).sort()).toEqual(["1.0.0", "index.json"]);
  });

  it("suggests a minor version for an added row and a corrected value, and records what changed", async () => {
    const activities = (miniData["activities.csv"] ?? "").replace(
      "a2,workshop,2016-05,,TZ,,,,s1;s2",
      "a2,workshop,2016-05,,TZ,,25,,s1;s2",
    );
    writeFileSync(join(dataDir, "activities.csv"), `${activities}a3,training,2018,,ZW,,,,s1\n`);
    const dry = release("--date", "2026-11-28", "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.out).toContain("activities: changed, 1 added, 0 removed, 1 changed (3 rows)");
    expect(dry.out).toContain("Dry run: release 1.1.0");

    expect(release("--date", "2026-11-28", "--version", "1.0.0", ...texts).err).toContain(
      "must be higher than the latest release 1.0.0",
    );
    const run = release("--date", "2026-11-28", ...texts);
    expect(run.code).toBe(0);
    const index = JSON.parse(readFileSync(join(releasesDir, "index.json"), "utf8"));
    expect(index.releases.map((r: { version: string }) => r.version)).toEqual(["1.0.0", "1.1.0"]);

    const data = await loadReleases(releasesDir);
    const changelog = data.latest?.changelog;
    expect(changelog?.previous).toEqual({ version: "1.0.0", date: "2026-11-01" });
    const dataset = changelog?.datasets.find((d) => d.name === "activities");
    expect(dataset?.added.map((r) => r.key)).toEqual(["a3"]);
    expect(dataset?.changed).toEqual([
      { key: "a2", changes: [{ path: "/participants_total", kind: "added", new: 25 }] },
    ]);
    expect(
      data.history
        .get("activities")
        ?.get("a2")
        ?.map((e) => [e.version, e.kind]),
    ).toEqual([
      ["1.0.0", "added"],
      ["1.1.0", "changed"],
    ]);
  });

  it("stops loading when a published file was edited afterwards", async () => {
    writeFileSync(join(releasesDir, "1.0.0", "sources.csv"), "id,title\ns1,Edited\n");
    await expect(loadReleases(releasesDir)).rejects.toThrow(
      /sources\.csv has SHA-256 .* but release 1\.0\.0 published/,
    );
  });
});
