import { flattenLeaves } from "./flattenLeaves.ts";
import { canonicalJson, isJsonObject, type JsonValue } from "./jsonValue.ts";

/** A record that left under one key while a look-alike arrived under another. */
export interface RenameHint {
  from: string;
  to: string;
  /** Fields (other than the key) with equal values over the larger record's fields, 0 to 1; 1 is a copy. */
  similarity: number;
}

/** How `findRenames` decides. */
export interface RenameOptions {
  /** Lowest similarity reported as a possible rename (default 0.8). */
  threshold?: number;
  /**
   * Most removed × added pairs compared field by field (default 250 000); beyond it only identical
   * copies are found, so a huge release stays fast.
   */
  maxPairs?: number;
}

interface Candidate {
  key: string;
  record: JsonValue;
}

/**
 * Pairs removed records with added ones that look like the same record under a new key: identical
 * content first (found by hashing, at any size), then the most similar pairs above the threshold,
 * each record in at most one pair. The key field itself is ignored when comparing.
 */
export function findRenames(
  removed: readonly Candidate[],
  added: readonly Candidate[],
  keyField: string,
  options: RenameOptions = {},
): RenameHint[] {
  const threshold = options.threshold ?? 0.8;
  const maxPairs = options.maxPairs ?? 250_000;
  const hints: RenameHint[] = [];
  const usedRemoved = new Set<string>();
  const usedAdded = new Set<string>();

  const addedByContent = new Map<string, string[]>();
  for (const { key, record } of added) {
    const content = canonicalJson(withoutKey(record, keyField));
    addedByContent.set(content, [...(addedByContent.get(content) ?? []), key]);
  }
  for (const { key, record } of removed) {
    const twins = addedByContent.get(canonicalJson(withoutKey(record, keyField)));
    const twin = twins?.find((candidate) => !usedAdded.has(candidate));
    if (twin === undefined) continue;
    hints.push({ from: key, to: twin, similarity: 1 });
    usedRemoved.add(key);
    usedAdded.add(twin);
  }

  const restRemoved = removed.filter(({ key }) => !usedRemoved.has(key));
  const restAdded = added.filter(({ key }) => !usedAdded.has(key));
  if (restRemoved.length * restAdded.length > maxPairs) return hints;
  const leavesAdded = restAdded.map(({ key, record }) => ({
    key,
    leaves: flattenLeaves(withoutKey(record, keyField)),
  }));
  const pairs: RenameHint[] = [];
  for (const { key, record } of restRemoved) {
    const leaves = flattenLeaves(withoutKey(record, keyField));
    for (const other of leavesAdded) {
      const similarity = leafSimilarity(leaves, other.leaves);
      if (similarity >= threshold) pairs.push({ from: key, to: other.key, similarity });
    }
  }
  pairs.sort((a, b) => b.similarity - a.similarity || compare(a.from, b.from) || compare(a.to, b.to));
  for (const pair of pairs) {
    if (usedRemoved.has(pair.from) || usedAdded.has(pair.to)) continue;
    hints.push(pair);
    usedRemoved.add(pair.from);
    usedAdded.add(pair.to);
  }
  return hints;
}

function withoutKey(record: JsonValue, keyField: string): JsonValue {
  if (!isJsonObject(record)) return record;
  const { [keyField]: _key, ...rest } = record;
  return rest;
}

/** Fields with equal values over the fields of the larger record, rounded to 3 decimals. */
function leafSimilarity(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): number {
  let equal = 0;
  for (const [path, value] of a) if (b.get(path) === value) equal += 1;
  const size = Math.max(a.size, b.size);
  return size === 0 ? 1 : Math.round((equal / size) * 1000) / 1000;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
