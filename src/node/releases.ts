import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { isMissingFile } from "../lib/io.ts";
import type { Reference } from "../lib/reference/referenceList.ts";
import { indexRecordHistory, type RecordHistoryIndex } from "../lib/releases/recordHistory.ts";
import { type ReleaseChangelog, releaseChangelog } from "../lib/releases/releaseChangelog.ts";
import { ReleaseError } from "../lib/releases/releaseError.ts";
import {
  parseManifest,
  parseReleaseIndex,
  type ReleaseFile,
  type ReleaseIndex,
  type ReleaseManifest,
} from "../lib/releases/releaseManifest.ts";
import type { ReleaseSnapshot } from "../lib/releases/releaseSnapshot.ts";
import { compareVersions } from "../lib/releases/version.ts";
import type { SchemaCodeCache } from "../lib/schema/cachedSchemas.ts";
import { validateFolder } from "../lib/validate/validateFolder.ts";
import { folderIO } from "./folderIO.ts";
import { loadReference } from "./loadReference.ts";
import { sha256Hex } from "./sha256.ts";

/** A published release read back from `releases/<version>/`, with its changelog against the one before. */
export interface LoadedRelease {
  snapshot: ReleaseSnapshot;
  changelog: ReleaseChangelog;
  /** The release folder on disk. */
  dir: string;
}

/** Every release, oldest first, with each record's history across them. */
export interface ReleasesData {
  releases: readonly LoadedRelease[];
  byVersion: ReadonlyMap<string, LoadedRelease>;
  latest: LoadedRelease | undefined;
  history: RecordHistoryIndex;
}

/** The releases folder: `KSST_RELEASES_DIR` when set, else `releases/` (relative to the working directory). */
export function releasesDir(): string {
  return process.env.KSST_RELEASES_DIR ?? "releases";
}

/** Reads `releases/index.json`; a folder without one has no releases yet. */
export async function readReleaseIndex(dir: string = releasesDir()): Promise<ReleaseIndex> {
  const file = resolve(dir, "index.json");
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (isMissingFile(error)) return { releases: [] };
    throw error;
  }
  const index = parseReleaseIndex(JSON.parse(text), file);
  index.releases.forEach((entry, position) => {
    const before = index.releases[position - 1];
    if (before && compareVersions(before.version, entry.version) >= 0)
      throw new ReleaseError(
        "version-order",
        `${file}: release ${entry.version} follows ${before.version}; list releases oldest first, each version higher.`,
      );
  });
  return index;
}

/**
 * Reads one file of a release and checks it against the SHA-256 its manifest recorded, so a
 * snapshot edited by hand after publication stops the build instead of being served.
 */
export async function readReleaseFile(dir: string, version: string, file: ReleaseFile): Promise<Uint8Array> {
  const path = resolve(dir, version, file.path);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    if (isMissingFile(error))
      throw new ReleaseError(
        "missing-release",
        `${path} is listed in release ${version}'s release.json but missing.`,
      );
    throw error;
  }
  const actual = sha256Hex(bytes);
  if (actual !== file.sha256)
    throw new ReleaseError(
      "checksum-mismatch",
      `${path} has SHA-256 ${actual}, but release ${version} published ${file.sha256}. Published releases ` +
        "never change: restore the file from git (git checkout -- <file>) and publish a correction as a new release.",
    );
  return bytes;
}

/** Reads and checks a release's `release.json`. */
export async function readManifest(dir: string, version: string): Promise<ReleaseManifest> {
  const file = resolve(dir, version, "release.json");
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (isMissingFile(error))
      throw new ReleaseError(
        "missing-release",
        `${file} is missing, but releases/index.json lists ${version}.`,
      );
    throw error;
  }
  const manifest = parseManifest(JSON.parse(text), file);
  if (manifest.version !== version)
    throw new ReleaseError(
      "manifest-field",
      `${file}: version is ${manifest.version}, but the folder is ${version}.`,
    );
  return manifest;
}

/**
 * Reads a release back as records: checks every file's checksum, then reads the data with the
 * schemas the release published (not today's), so old releases keep building after the schemas move on.
 * With `schemaCode`, those schemas are compiled once and kept (`src/node/schemaCodeCache.ts`): a
 * release never changes, so a later build compiles none of them.
 */
export async function loadSnapshot(
  dir: string,
  version: string,
  reference?: Reference,
  schemaCode?: SchemaCodeCache,
): Promise<ReleaseSnapshot> {
  const manifest = await readManifest(dir, version);
  for (const file of [...manifest.datasets, ...manifest.files]) await readReleaseFile(dir, version, file);
  const folder = resolve(dir, version);
  const result = await validateFolder({
    dataIO: folderIO(folder),
    schemaIO: folderIO(resolve(folder, "schemas")),
    reference: reference ?? (await loadReference()),
    ...(schemaCode ? { schemaCode } : {}),
  });
  const loaded = new Set(result.stats.map((stat) => stat.name));
  for (const dataset of manifest.datasets)
    if (!loaded.has(dataset.name))
      throw new ReleaseError(
        "missing-release",
        `${folder}: dataset ${dataset.name} of release ${version} could not be read back ` +
          `(${result.issues.map((found) => `${found.file}: ${found.code}`).join("; ")}).`,
      );
  return { manifest, catalog: result.catalog, datasets: result.datasets, schemas: result.schemas };
}

/**
 * Loads every release listed in the index, oldest first, and computes the changelogs and record histories
 * (with `schemaCode`, the releases' schemas are compiled once and kept: see `loadSnapshot`).
 */
export async function loadReleases(
  dir: string = releasesDir(),
  schemaCode?: SchemaCodeCache,
): Promise<ReleasesData> {
  const index = await readReleaseIndex(dir);
  const reference = await loadReference();
  const releases: LoadedRelease[] = [];
  let previous: ReleaseSnapshot | undefined;
  for (const entry of index.releases) {
    const snapshot = await loadSnapshot(dir, entry.version, reference, schemaCode);
    const { date, previous: follows } = snapshot.manifest;
    const expected = previous?.manifest.version;
    if (date !== entry.date || follows !== expected)
      throw new ReleaseError(
        "manifest-field",
        `${resolve(dir, entry.version, "release.json")}: date ${date} and previous ${follows ?? "(none)"} must ` +
          `match releases/index.json (date ${entry.date}, previous ${expected ?? "(none)"}).`,
      );
    releases.push({
      snapshot,
      changelog: releaseChangelog(previous, snapshot),
      dir: resolve(dir, entry.version),
    });
    previous = snapshot;
  }
  return {
    releases,
    byVersion: new Map(releases.map((release) => [release.snapshot.manifest.version, release])),
    latest: releases.at(-1),
    history: indexRecordHistory(releases.map((release) => release.changelog)),
  };
}

let cached: Promise<ReleasesData> | undefined;

/**
 * Loads the releases once per build (from the repository root) and returns them to every page; the
 * first call's `schemaCode` (see `loadReleases`) is the one used.
 */
export function getReleases(schemaCode?: SchemaCodeCache): Promise<ReleasesData> {
  cached ??= loadReleases(resolve(process.cwd(), releasesDir()), schemaCode);
  return cached;
}

const releaseFiles = new WeakMap<LoadedRelease, Promise<{ path: string; bytes: Uint8Array }[]>>();

/**
 * Reads every file a release published, checked against its manifest: the datasets, catalog.json
 * and the schemas (by their path in the release), then release.json itself. Read once per build.
 */
export function readReleaseFiles(release: LoadedRelease): Promise<{ path: string; bytes: Uint8Array }[]> {
  let files = releaseFiles.get(release);
  if (!files) {
    files = readAll(release);
    releaseFiles.set(release, files);
  }
  return files;
}

async function readAll(release: LoadedRelease): Promise<{ path: string; bytes: Uint8Array }[]> {
  const { manifest } = release.snapshot;
  const dir = resolve(release.dir, "..");
  const files = [];
  for (const file of [...manifest.datasets, ...manifest.files])
    files.push({ path: file.path, bytes: await readReleaseFile(dir, manifest.version, file) });
  files.push({
    path: "release.json",
    bytes: new Uint8Array(await readFile(resolve(release.dir, "release.json"))),
  });
  return files;
}
