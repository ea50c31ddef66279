/**
 * Orders rows by their ranks (see `SortFile`), ascending or descending; rows of unknown value
 * (rank -1) come last either way, and equal ranks keep the stored (default) order. Without ranks the
 * rows keep the stored order.
 */
export function orderRows(
  rows: readonly number[],
  ranks: readonly number[] | undefined,
  desc: boolean,
): number[] {
  const ordered = [...rows];
  if (!ranks) return ordered;
  return ordered.sort((a, b) => {
    const ra = ranks[a] ?? -1;
    const rb = ranks[b] ?? -1;
    if (ra === -1 || rb === -1) return ra === rb ? a - b : ra === -1 ? 1 : -1;
    return (desc ? rb - ra : ra - rb) || a - b;
  });
}
