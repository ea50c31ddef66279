import type { ReadCatalog } from "../catalog.ts";
import { datasetFormat } from "../catalog.ts";
import type { Bilingual } from "../model.ts";
import { ReleaseError } from "./releaseError.ts";
import type { ReleaseFile, ReleaseManifest } from "./releaseManifest.ts";

/** What a new release is made of: its description, the catalog, and every file's size and checksum. */
export interface ManifestInput {
  version: string;
  date: string;
  title: Bilingual;
  notes: Bilingual;
  previous?: string;
  catalog: ReadCatalog;
  /** Records per dataset name. */
  rows: Readonly<Record<string, number>>;
  /**
   * Size and SHA-256 of every file copied into the release, by path inside it: the dataset files,
   * `catalog.json`, and `schemas/<file>` for each schema and codelist.
   */
  files: ReadonlyMap<string, { bytes: number; sha256: string }>;
}

/** Builds a release's `release.json` from the catalog and the files copied into the release. */
export function buildManifest(input: ManifestInput): ReleaseManifest {
  const file = (path: string): ReleaseFile => {
    const found = input.files.get(path);
    if (!found)
      throw new ReleaseError("missing-release", `The release has no file ${path} to list in release.json.`);
    return { path, ...found };
  };
  const datasets = input.catalog.datasets.map((entry) => ({
    name: entry.name,
    schema: `schemas/${entry.schema}`,
    format: datasetFormat(entry),
    rows: input.rows[entry.name] ?? 0,
    ...file(entry.path),
  }));
  const datasetPaths = new Set(datasets.map((dataset) => dataset.path));
  const files = [...input.files.keys()]
    .filter((path) => !datasetPaths.has(path))
    .sort()
    .map(file);
  return {
    version: input.version,
    date: input.date,
    title: input.title,
    notes: input.notes,
    ...(input.previous === undefined ? {} : { previous: input.previous }),
    datasets,
    files,
  };
}
