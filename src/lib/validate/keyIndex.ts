import { KeyIndex } from "../rules/keyIndex.ts";

/** Returns the shared index of a dataset field's values (value → first row), creating it on first use. */
export function keyIndex(
  indexes: Map<string, Map<unknown, number>>,
  dataset: string,
  field: string,
): Map<unknown, number> {
  const id = `${dataset}.${field}`;
  let index = indexes.get(id);
  if (!index) {
    index = new KeyIndex();
    indexes.set(id, index);
  }
  return index;
}
