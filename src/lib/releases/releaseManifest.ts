import type { Bilingual } from "../model.ts";
import { isJsonObject } from "./jsonValue.ts";
import { ReleaseError } from "./releaseError.ts";
import { parseVersion } from "./version.ts";

/** A file of a release, as published: its path in the release folder, size and SHA-256. */
export interface ReleaseFile {
  path: string;
  bytes: number;
  sha256: string;
}

/** A dataset file of a release, with the catalog facts needed to read it back. */
export interface ReleaseDataset extends ReleaseFile {
  /** Dataset name from the catalog, e.g. `activities`. */
  name: string;
  /** Its schema, relative to the release folder, e.g. `schemas/activities.schema.json`. */
  schema: string;
  format: "csv" | "json";
  /** Records in the file. */
  rows: number;
}

/** `releases/<version>/release.json`: what a release is and exactly which bytes it published. */
export interface ReleaseManifest {
  version: string;
  /** Publication date, `YYYY-MM-DD` (UTC). */
  date: string;
  title: Bilingual;
  notes: Bilingual;
  /** The release this one follows, absent for the first. */
  previous?: string;
  datasets: ReleaseDataset[];
  /** Every other published file: `catalog.json` and the schemas. */
  files: ReleaseFile[];
}

/** One line of `releases/index.json`. */
export interface ReleaseIndexEntry {
  version: string;
  date: string;
  title: Bilingual;
}

/** `releases/index.json`: every release, oldest first. */
export interface ReleaseIndex {
  releases: ReleaseIndexEntry[];
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const shaPattern = /^[0-9a-f]{64}$/;

/** Checks a parsed `release.json` and returns it typed, or throws a `ReleaseError` saying which field is wrong. */
export function parseManifest(value: unknown, file: string): ReleaseManifest {
  const at = (field: string) => `${file}: ${field}`;
  const object = expectObject(value, at("(root)"));
  const version = expectVersion(object.version, at("version"));
  const date = expectDate(object.date, at("date"));
  const title = expectBilingual(object.title, at("title"));
  const notes = expectBilingual(object.notes, at("notes"));
  const previous = object.previous === undefined ? undefined : expectVersion(object.previous, at("previous"));
  const datasets = expectArray(object.datasets, at("datasets")).map((entry, index) => {
    const where = at(`datasets[${index}]`);
    const dataset = expectObject(entry, where);
    const format = dataset.format;
    if (format !== "csv" && format !== "json")
      throw new ReleaseError("manifest-field", `${where}.format must be "csv" or "json".`);
    return {
      name: expectString(dataset.name, `${where}.name`),
      schema: expectPath(dataset.schema, `${where}.schema`),
      format,
      rows: expectCount(dataset.rows, `${where}.rows`),
      ...expectFile(dataset, where),
    } satisfies ReleaseDataset;
  });
  const files = expectArray(object.files, at("files")).map((entry, index) =>
    expectFile(expectObject(entry, at(`files[${index}]`)), at(`files[${index}]`)),
  );
  return { version, date, title, notes, ...(previous === undefined ? {} : { previous }), datasets, files };
}

/** Checks a parsed `releases/index.json`: versions unique and increasing, oldest first. */
export function parseReleaseIndex(value: unknown, file: string): ReleaseIndex {
  const object = expectObject(value, `${file}: (root)`);
  const releases = expectArray(object.releases, `${file}: releases`).map((entry, index) => {
    const where = `${file}: releases[${index}]`;
    const release = expectObject(entry, where);
    return {
      version: expectVersion(release.version, `${where}.version`),
      date: expectDate(release.date, `${where}.date`),
      title: expectBilingual(release.title, `${where}.title`),
    };
  });
  return { releases };
}

function expectObject(value: unknown, where: string): Record<string, unknown> {
  if (!isJsonObject(value)) throw new ReleaseError("manifest-field", `${where} must be a JSON object.`);
  return value;
}

function expectArray(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new ReleaseError("manifest-field", `${where} must be an array.`);
  return value;
}

function expectString(value: unknown, where: string): string {
  if (typeof value !== "string" || value === "")
    throw new ReleaseError("manifest-field", `${where} must be a non-empty string.`);
  return value;
}

function expectVersion(value: unknown, where: string): string {
  const text = expectString(value, where);
  parseVersion(text, where);
  return text;
}

function expectDate(value: unknown, where: string): string {
  const text = expectString(value, where);
  if (!datePattern.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`)))
    throw new ReleaseError("manifest-field", `${where} must be a date written YYYY-MM-DD, not "${text}".`);
  return text;
}

function expectBilingual(value: unknown, where: string): Bilingual {
  const object = expectObject(value, where);
  return { id: expectString(object.id, `${where}.id`), en: expectString(object.en, `${where}.en`) };
}

function expectCount(value: unknown, where: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0)
    throw new ReleaseError("manifest-field", `${where} must be a whole number ≥ 0.`);
  return value;
}

/** A relative path without `..`, so a manifest can never point outside its release folder. */
function expectPath(value: unknown, where: string): string {
  const text = expectString(value, where);
  if (text.startsWith("/") || text.split("/").some((part) => part === ".." || part === "" || part === "."))
    throw new ReleaseError(
      "manifest-field",
      `${where} must be a relative path inside the release, not "${text}".`,
    );
  return text;
}

function expectFile(object: Record<string, unknown>, where: string): ReleaseFile {
  const sha256 = expectString(object.sha256, `${where}.sha256`);
  if (!shaPattern.test(sha256))
    throw new ReleaseError("manifest-field", `${where}.sha256 must be 64 lowercase hexadecimal digits.`);
  return {
    path: expectPath(object.path, `${where}.path`),
    bytes: expectCount(object.bytes, `${where}.bytes`),
    sha256,
  };
}
