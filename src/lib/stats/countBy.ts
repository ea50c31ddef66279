/** One category and how many records fall in it. */
export interface CategoryCount<K extends string = string> {
  key: K;
  count: number;
}

/**
 * Counts records per key, in the order of `order` (keys absent from `order` follow, sorted),
 * dropping keys with no records. A record whose key is `undefined` is counted under `missingKey`
 * when one is given, otherwise left out.
 */
export function countBy<T, K extends string>(
  records: readonly T[],
  keyOf: (record: T) => K | undefined,
  options: { order?: readonly K[]; missingKey?: K } = {},
): CategoryCount<K>[] {
  const counts = new Map<K, number>();
  for (const record of records) {
    const key = keyOf(record) ?? options.missingKey;
    if (key === undefined) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const order = options.order ?? [];
  const known = order.filter((key) => counts.has(key));
  const rest = [...counts.keys()].filter((key) => !order.includes(key)).sort();
  return [...known, ...rest].map((key) => ({ key, count: counts.get(key) ?? 0 }));
}
