import { type CatalogEntry, entryTitle } from "../catalog.ts";
import type { Bilingual } from "../model.ts";
import { diffRecords, type RecordsDiff } from "./diffRecords.ts";
import { diffValues, type FieldChange } from "./diffValues.ts";
import type { RenameOptions } from "./findRenames.ts";
import type { JsonValue } from "./jsonValue.ts";
import { type ReleaseSnapshot, recordKeyOf } from "./releaseSnapshot.ts";

/**
 * What happened to a dataset in a release: `new` (first published), `dropped` (no longer
 * published), `changed` (records or file bytes differ) or `unchanged`.
 */
export type DatasetStatus = "new" | "dropped" | "changed" | "unchanged";

/** The changelog of one dataset in one release: records added, removed and changed. */
export interface DatasetChangelog extends RecordsDiff {
  name: string;
  title: Bilingual;
  /** The dataset's file name in this release (in the previous one when dropped). */
  file: string;
  primaryKey: string;
  status: DatasetStatus;
  rows: { old?: number; new?: number };
  sha256: { old?: string; new?: string };
  /** Changes to the dataset's catalog entry (title, licence, …). */
  metadata: FieldChange[];
}

/** Everything that changed in one release, compared with the release before it. */
export interface ReleaseChangelog {
  version: string;
  date: string;
  previous?: { version: string; date: string };
  datasets: DatasetChangelog[];
  /** Changes to publisher-wide catalog metadata (everything in `catalog.json` but the datasets). */
  metadata: FieldChange[];
  totals: { added: number; removed: number; changed: number };
}

/**
 * Computes a release's changelog against the previous release (none for the first, where every
 * record is added). Datasets follow the current catalog's order, then the dropped ones.
 */
export function releaseChangelog(
  previous: ReleaseSnapshot | undefined,
  current: ReleaseSnapshot,
  options: RenameOptions = {},
): ReleaseChangelog {
  const oldEntries = new Map((previous?.catalog.datasets ?? []).map((entry) => [entry.name, entry]));
  const newEntries = new Map(current.catalog.datasets.map((entry) => [entry.name, entry]));
  const names = [...newEntries.keys(), ...[...oldEntries.keys()].filter((name) => !newEntries.has(name))];
  const datasets = names.map((name) =>
    datasetChangelog(name, oldEntries.get(name), newEntries.get(name), previous, current, options),
  );
  const totals = { added: 0, removed: 0, changed: 0 };
  for (const dataset of datasets) {
    totals.added += dataset.added.length;
    totals.removed += dataset.removed.length;
    totals.changed += dataset.changed.length;
  }
  return {
    version: current.manifest.version,
    date: current.manifest.date,
    ...(previous ? { previous: { version: previous.manifest.version, date: previous.manifest.date } } : {}),
    datasets,
    metadata: previous ? diffValues(catalogMetadata(previous), catalogMetadata(current)) : [],
    totals,
  };
}

function datasetChangelog(
  name: string,
  oldEntry: CatalogEntry | undefined,
  newEntry: CatalogEntry | undefined,
  previous: ReleaseSnapshot | undefined,
  current: ReleaseSnapshot,
  options: RenameOptions,
): DatasetChangelog {
  const entry = (newEntry ?? oldEntry) as CatalogEntry;
  const snapshot = newEntry ? current : (previous as ReleaseSnapshot);
  const primaryKey = recordKeyOf(snapshot.schemas[entry.schema]);
  const oldRecords = oldEntry ? (previous?.datasets[name] ?? []) : [];
  const newRecords = newEntry ? (current.datasets[name] ?? []) : [];
  const diff = diffRecords(oldRecords, newRecords, { ...options, key: primaryKey });
  const oldFile = previous?.manifest.datasets.find((dataset) => dataset.name === name);
  const newFile = current.manifest.datasets.find((dataset) => dataset.name === name);
  const recordsDiffer = diff.added.length + diff.removed.length + diff.changed.length > 0;
  const status: DatasetStatus = !oldEntry
    ? "new"
    : !newEntry
      ? "dropped"
      : recordsDiffer || oldFile?.sha256 !== newFile?.sha256
        ? "changed"
        : "unchanged";
  return {
    name,
    title: entryTitle(entry),
    file: entry.path,
    primaryKey,
    status,
    rows: {
      ...(oldEntry ? { old: oldRecords.length } : {}),
      ...(newEntry ? { new: newRecords.length } : {}),
    },
    sha256: {
      ...(oldFile ? { old: oldFile.sha256 } : {}),
      ...(newFile ? { new: newFile.sha256 } : {}),
    },
    metadata: oldEntry && newEntry ? diffValues(oldEntry, newEntry) : [],
    ...diff,
  };
}

function catalogMetadata(snapshot: ReleaseSnapshot): JsonValue {
  const { datasets: _datasets, ...rest } = snapshot.catalog;
  return rest;
}
