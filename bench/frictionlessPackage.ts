// Writes a Frictionless Data Package descriptor beside a data folder's CSV files, with the Table
// Schema the site publishes for each (src/lib/downloads/tableSchema.ts), so that frictionless-py
// can validate the same files against the same published schema as a peer benchmark.
import { closeSync, openSync, readFileSync, readSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { ReadCatalog } from "../src/lib/catalog.ts";
import { columnsFromHeader } from "../src/lib/downloads/csvColumn.ts";
import { csvHeader } from "../src/lib/downloads/csvHeader.ts";
import { tableSchema } from "../src/lib/downloads/tableSchema.ts";
import type { JsonSchema, SchemaRegistry } from "../src/lib/schema/jsonSchema.ts";

/** Writes `datapackage.json` in `dataDir` describing its CSV datasets; returns the descriptor's path. */
export function writeFrictionlessPackage(dataDir: string, schemaDir = "schemas"): string {
  const catalog = JSON.parse(readFileSync(resolve(dataDir, "catalog.json"), "utf8")) as ReadCatalog;
  const registry: SchemaRegistry = new Map(
    catalog.datasets
      .map((d) => d.schema)
      .concat("defs.schema.json")
      .map((file) => [file, JSON.parse(readFileSync(resolve(schemaDir, file), "utf8")) as JsonSchema]),
  );
  const resources = catalog.datasets
    .filter((d) => d.path.endsWith(".csv"))
    .map((d) => {
      const schema = registry.get(d.schema) as JsonSchema;
      // The header alone: read the first 64 KB, never the whole (possibly huge) file.
      const head = firstBytes(resolve(dataDir, d.path), 1 << 16);
      const columns = columnsFromHeader(csvHeader(head), schema, registry, d.schema);
      return {
        name: d.name,
        type: "table",
        path: d.path,
        format: "csv",
        encoding: "utf-8",
        schema: tableSchema(columns, schema, registry, d.schema),
      };
    });
  const path = resolve(dataDir, "datapackage.json");
  writeFileSync(path, `${JSON.stringify({ name: "ksst-terbuka-bench", resources }, null, 2)}\n`);
  return path;
}

function firstBytes(path: string, length: number): Uint8Array {
  const fd = openSync(path, "r");
  try {
    const buffer = new Uint8Array(length);
    return buffer.subarray(0, readSync(fd, buffer, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}
