import type { CatalogDataset } from "../catalog.ts";
import type { Issue } from "../issue.ts";
import type { Reference } from "../reference/referenceList.ts";
import type { JsonSchema, SchemaRegistry } from "../schema/jsonSchema.ts";

/** One record as read from its file, with where it came from. */
export interface LoadedRecord {
  record: Record<string, unknown>;
  /** Row number (CSV, header = 1) or 1-based record number (JSON). */
  row: number;
}

/** A dataset after parsing and schema validation. */
export interface LoadedDataset {
  entry: CatalogDataset;
  schema: JsonSchema;
  records: LoadedRecord[];
  /** Column numbers by name (CSV only). */
  columns?: ReadonlyMap<string, number>;
}

/** What a rule can see: every dataset, the reference lists and the schemas. */
export interface RuleContext {
  datasets: ReadonlyMap<string, LoadedDataset>;
  reference: Reference;
  registry: SchemaRegistry;
}

/** A data rule beyond the JSON Schema, written as a definition object and registered in `registry.ts`. */
export interface Rule {
  /** Stable code of the issues it reports. */
  code: string;
  /** What it checks, in English (shown in the quality report and README). */
  description: string;
  check(context: RuleContext): Issue[];
}
