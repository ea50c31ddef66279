import type { FieldChange } from "./diffValues.ts";
import type { ReleaseChangelog } from "./releaseChangelog.ts";

/** What happened to one record in one release. */
export interface RecordEvent {
  version: string;
  date: string;
  /** `added`: first published (or published again); `removed`: no longer published; `changed`: fields changed. */
  kind: "added" | "removed" | "changed";
  /** The fields that changed (for `changed`). */
  changes: FieldChange[];
  /** When the record may have been renamed: from which key it came (`added`) or to which it went (`removed`). */
  possibleRename?: { direction: "from" | "to"; key: string; similarity: number };
}

/** Events per dataset and record key, oldest first, built once for all records of all releases. */
export type RecordHistoryIndex = ReadonlyMap<string, ReadonlyMap<string, readonly RecordEvent[]>>;

/** Indexes the changelogs of a list of releases (oldest first) by dataset and record key. */
export function indexRecordHistory(changelogs: readonly ReleaseChangelog[]): RecordHistoryIndex {
  const index = new Map<string, Map<string, RecordEvent[]>>();
  const push = (dataset: string, key: string, event: RecordEvent) => {
    let records = index.get(dataset);
    if (!records) {
      records = new Map();
      index.set(dataset, records);
    }
    const events = records.get(key);
    if (events) events.push(event);
    else records.set(key, [event]);
  };
  for (const changelog of changelogs) {
    const when = { version: changelog.version, date: changelog.date };
    for (const dataset of changelog.datasets) {
      for (const { key, possibleRenameOf } of dataset.added)
        push(dataset.name, key, {
          ...when,
          kind: "added",
          changes: [],
          ...(possibleRenameOf ? { possibleRename: { direction: "from", ...possibleRenameOf } } : {}),
        });
      for (const { key, changes } of dataset.changed)
        push(dataset.name, key, { ...when, kind: "changed", changes });
      for (const { key, possibleRenameTo } of dataset.removed)
        push(dataset.name, key, {
          ...when,
          kind: "removed",
          changes: [],
          ...(possibleRenameTo ? { possibleRename: { direction: "to", ...possibleRenameTo } } : {}),
        });
    }
  }
  return index;
}

/** Returns one record's history across releases, oldest first (empty when it was never released). */
export function recordHistory(
  index: RecordHistoryIndex,
  dataset: string,
  key: string,
): readonly RecordEvent[] {
  return index.get(dataset)?.get(key) ?? [];
}
