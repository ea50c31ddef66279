/**
 * Orders datasets so that each is read after the datasets it refers to (its `x-foreignKey`
 * targets), keeping the catalog order otherwise; in a cycle the catalog order decides, and the
 * references that point forward are checked at the end of the run.
 */
export function readingOrder(
  names: readonly string[],
  dependsOn: (name: string) => Iterable<string>,
): string[] {
  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const known = new Set(names);
  const visit = (name: string): void => {
    if (state.has(name)) return;
    state.set(name, "visiting");
    for (const dependency of dependsOn(name)) {
      if (dependency !== name && known.has(dependency) && !state.has(dependency)) visit(dependency);
    }
    state.set(name, "done");
    order.push(name);
  };
  for (const name of names) visit(name);
  return order;
}
