import type { Issue } from "../issue.ts";

/** Where dataset readers and rules put the issues they find. */
export interface IssueSink {
  push(...found: Issue[]): unknown;
  /** Counts `count` issues like `like` (same file, code, dataset and severity) that are not listed. */
  skip?(like: Pick<Issue, "file" | "code" | "dataset" | "severity">, count: number): void;
}

/** Errors, warnings and issues not kept, per dataset. */
export interface IssueCounts {
  errors: number;
  warnings: number;
  omitted: number;
}

/**
 * Creates a sink that keeps the first `limit` issues of each file and code in `kept` and only counts
 * the rest, so memory stays flat even when every row of a large file is wrong. Every issue is counted
 * per dataset, kept or not.
 */
export function cappedSink(
  kept: Issue[],
  limit: number,
): { sink: IssueSink; counts: Map<string, IssueCounts> } {
  const perGroup = new Map<string, number>();
  const counts = new Map<string, IssueCounts>();
  const countsOf = (dataset: string): IssueCounts => {
    let count = counts.get(dataset);
    if (!count) {
      count = { errors: 0, warnings: 0, omitted: 0 };
      counts.set(dataset, count);
    }
    return count;
  };
  const sink: IssueSink = {
    push(...found) {
      for (const item of found) {
        const count = countsOf(item.dataset ?? "");
        if (item.severity === "error") count.errors += 1;
        else count.warnings += 1;
        const group = `${item.file}\u0000${item.code}`;
        const seen = (perGroup.get(group) ?? 0) + 1;
        perGroup.set(group, seen);
        if (seen <= limit) kept.push(item);
        else count.omitted += 1;
      }
      return kept.length;
    },
    skip(like, n) {
      const count = countsOf(like.dataset ?? "");
      if (like.severity === "error") count.errors += n;
      else count.warnings += n;
      count.omitted += n;
      const group = `${like.file}\u0000${like.code}`;
      perGroup.set(group, (perGroup.get(group) ?? 0) + n);
    },
  };
  return { sink, counts };
}
