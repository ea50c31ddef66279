import type { ReadCatalog } from "../catalog.ts";
import type { JsonSchema } from "../schema/jsonSchema.ts";
import { primaryKeyOf } from "../schema/vocabulary.ts";
import type { SchemaRoot } from "./pathLabel.ts";
import type { ReleaseManifest } from "./releaseManifest.ts";

/** A release read back from its folder: its manifest, catalog, typed records and schemas. */
export interface ReleaseSnapshot {
  manifest: ReleaseManifest;
  catalog: ReadCatalog;
  /** Records per dataset name, typed by the release's own schemas (CSV cells coerced). */
  datasets: Readonly<Record<string, readonly unknown[]>>;
  /** Schemas by file name (`activities.schema.json`), as the release published them. */
  schemas: Readonly<Record<string, JsonSchema>>;
}

/** Tells the field a release's records are matched by: the schema's `x-primaryKey`, `id` when it names none. */
export function recordKeyOf(schema: JsonSchema | undefined): string {
  return primaryKeyOf(schema) || "id";
}

/** Where a dataset's records start in a release's schemas, for naming change paths (see `pathLabel`). */
export function datasetSchemaRoot(snapshot: ReleaseSnapshot | undefined, dataset: string): SchemaRoot {
  const entry = snapshot?.catalog.datasets.find((candidate) => candidate.name === dataset);
  return {
    node: entry ? snapshot?.schemas[entry.schema] : undefined,
    base: entry?.schema ?? "",
    registry: new Map(Object.entries(snapshot?.schemas ?? {})),
  };
}
