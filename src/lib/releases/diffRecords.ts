import { diffValues, type FieldChange } from "./diffValues.ts";
import { findRenames, type RenameOptions } from "./findRenames.ts";
import { isJsonObject, type JsonValue } from "./jsonValue.ts";

/** A record present in the newer release only. */
export interface AddedRecord {
  key: string;
  record: JsonValue;
  /** Set when a removed record looks like this one under its old key (see `findRenames`). */
  possibleRenameOf?: { key: string; similarity: number };
}

/** A record present in the older release only. */
export interface RemovedRecord {
  key: string;
  record: JsonValue;
  /** Set when an added record looks like this one under a new key. */
  possibleRenameTo?: { key: string; similarity: number };
}

/** A record present in both releases, with every field that changed. */
export interface ChangedRecord {
  key: string;
  changes: FieldChange[];
}

/** The difference between two versions of one dataset, record by record. */
export interface RecordsDiff {
  added: AddedRecord[];
  removed: RemovedRecord[];
  changed: ChangedRecord[];
  /** Records present in both and equal. */
  unchanged: number;
  /** Keys found on more than one record of one side; only the first such record is compared. */
  duplicateKeys: string[];
}

/** How `diffRecords` matches and compares records. */
export interface DiffRecordsOptions extends RenameOptions {
  /** The primary-key field (`x-primaryKey` of the dataset's schema). */
  key: string;
}

/**
 * Compares two versions of a dataset by primary key: records only in `newer` are added, only in
 * `older` removed, in both with a difference changed (with each field's old and new value). Keys
 * are compared as text, so a key that turned from `"12"` into `12` matches and shows as `retyped`.
 * A key that changed is a removal plus an addition (ids are promised never to change, so this is
 * reported, not hidden); look-alike pairs carry a `possibleRename` hint. Output follows the newer
 * order for added and changed records and the older order for removed ones.
 */
export function diffRecords(
  older: readonly unknown[],
  newer: readonly unknown[],
  options: DiffRecordsOptions,
): RecordsDiff {
  const duplicateKeys = new Set<string>();
  const oldByKey = indexByKey(older, options.key, duplicateKeys);
  const newByKey = indexByKey(newer, options.key, duplicateKeys);
  const added: AddedRecord[] = [];
  const changed: ChangedRecord[] = [];
  let unchanged = 0;
  for (const [key, record] of newByKey) {
    const previous = oldByKey.get(key);
    if (previous === undefined) {
      added.push({ key, record });
      continue;
    }
    const changes = diffValues(previous, record);
    if (changes.length === 0) unchanged += 1;
    else changed.push({ key, changes });
  }
  const removed: RemovedRecord[] = [];
  for (const [key, record] of oldByKey) if (!newByKey.has(key)) removed.push({ key, record });

  const removedByKey = new Map(removed.map((entry) => [entry.key, entry]));
  const addedByKey = new Map(added.map((entry) => [entry.key, entry]));
  for (const hint of findRenames(removed, added, options.key, options)) {
    const gone = removedByKey.get(hint.from);
    const arrived = addedByKey.get(hint.to);
    if (gone) gone.possibleRenameTo = { key: hint.to, similarity: hint.similarity };
    if (arrived) arrived.possibleRenameOf = { key: hint.from, similarity: hint.similarity };
  }
  return { added, removed, changed, unchanged, duplicateKeys: [...duplicateKeys] };
}

/** The text of a record's key (`""` when it has none; validation requires one). */
export function recordKey(record: unknown, keyField: string): string {
  if (!isJsonObject(record)) return "";
  const value = record[keyField];
  return value === undefined || value === null ? "" : String(value);
}

function indexByKey(
  records: readonly unknown[],
  keyField: string,
  duplicates: Set<string>,
): Map<string, JsonValue> {
  const map = new Map<string, JsonValue>();
  for (const record of records) {
    const key = recordKey(record, keyField);
    if (map.has(key)) {
      duplicates.add(key);
      continue;
    }
    map.set(key, record as JsonValue);
  }
  return map;
}
