import type { ReadCatalog } from "../../../src/lib/catalog.ts";
import type { JsonValue } from "../../../src/lib/releases/jsonValue.ts";
import type { ReleaseManifest } from "../../../src/lib/releases/releaseManifest.ts";
import type { ReleaseSnapshot } from "../../../src/lib/releases/releaseSnapshot.ts";

const sha = (digit: string) => digit.repeat(64);

/** Builds a release snapshot from records per dataset (every dataset keyed by `id`). */
export function snapshot(
  version: string,
  date: string,
  datasets: Readonly<Record<string, readonly unknown[]>>,
  options: { sha?: Record<string, string>; catalog?: Record<string, JsonValue> } = {},
): ReleaseSnapshot {
  const names = Object.keys(datasets);
  const catalog: ReadCatalog = {
    publisher: { name: "KSST Terbuka" },
    ...options.catalog,
    datasets: names.map((name) => ({
      name,
      path: `${name}.csv`,
      schema: `${name}.schema.json`,
      title: { id: `Data ${name}`, en: `${name} data` },
    })),
  };
  const manifest: ReleaseManifest = {
    version,
    date,
    title: { id: `Rilis ${version}`, en: `Release ${version}` },
    notes: { id: "Catatan", en: "Notes" },
    datasets: names.map((name) => ({
      name,
      path: `${name}.csv`,
      schema: `schemas/${name}.schema.json`,
      format: "csv",
      rows: datasets[name]?.length ?? 0,
      bytes: 1,
      sha256: options.sha?.[name] ?? sha("a"),
    })),
    files: [],
  };
  const schemas = Object.fromEntries(names.map((name) => [`${name}.schema.json`, { "x-primaryKey": "id" }]));
  return { manifest, catalog, datasets, schemas };
}

/** A 64-digit fake checksum made of one repeated hex digit. */
export { sha };
