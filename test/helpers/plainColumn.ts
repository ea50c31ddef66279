import type { CsvColumn } from "../../src/lib/downloads/csvColumn.ts";

/** A CSV column that reads the record's property of its name, with no schema (lists of objects as JSON when `json`). */
export function plainColumn(name: string, json = false): CsvColumn {
  return {
    name,
    schema: {},
    property: {},
    required: false,
    read: (record) => record[name],
    ...(json ? { json } : {}),
  };
}
