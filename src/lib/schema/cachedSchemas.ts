import type { ValidateFunction } from "ajv";
import type { Ajv2020 } from "ajv/dist/2020.js";
import { loadSchemaCode, schemaCode } from "./schemaCode.ts";

/**
 * Where compiled schemas are kept between runs, as ajv's standalone code (`src/node/schemaCodeCache.ts`
 * keeps it on disk): a run that finds its schemas there compiles none of them.
 */
export interface SchemaCodeCache {
  /** The text stored under `identity` (see `schemaIdentity`), if any. */
  read(identity: string): string | undefined;
  /**
   * Stores `text` under `identity`; may fail quietly. Absent when nothing can be stored (a read-only
   * install): the run then compiles the schemas without keeping their source.
   */
  write?(identity: string, text: string): void;
}

/** Validators compiled by an earlier run, by key, for each of the validator's two ajv instances. */
export interface CachedSchemas {
  /** Every error (`createAjv()`). */
  full: Map<string, ValidateFunction>;
  /** The fast first pass (see `validateFolder`'s `fastAjv`). */
  fast: Map<string, ValidateFunction>;
}

// Bumped whenever what is cached, or how it is compiled, changes meaning.
const format = "ksst-schema-code 1";
const decoder = new TextDecoder();

/**
 * What the compiled validators depend on in the data: the schema files, by name and content, in the
 * order they are added. (The adapter adds what they depend on in the code: ajv's and the project's.)
 */
export function schemaIdentity(files: ReadonlyArray<readonly [string, Uint8Array]>): string {
  return JSON.stringify([format, ...files.map(([name, bytes]) => [name, decoder.decode(bytes)])]);
}

/** The validators cached under `identity`, or `undefined` when there are none or they do not load. */
export function readCachedSchemas(cache: SchemaCodeCache, identity: string): CachedSchemas | undefined {
  try {
    const text = cache.read(identity);
    if (text === undefined) return undefined;
    const { full, fast } = JSON.parse(text) as { full?: unknown; fast?: unknown };
    if (typeof full !== "string" || typeof fast !== "string") return undefined;
    return { full: loadSchemaCode(full), fast: loadSchemaCode(fast) };
  } catch {
    // Damaged or from another runtime: compiled again, and written again.
    return undefined;
  }
}

/**
 * Writes the standalone code of both instances (created with `source: true`) under `identity`: `full`
 * for `fullKeys`, `fast` for `fastKeys`, compiling those not compiled yet. Any failure leaves the cache
 * as it was: the next run compiles the schemas.
 */
export function writeCachedSchemas(
  cache: SchemaCodeCache,
  identity: string,
  instances: { full: Ajv2020; fast: Ajv2020; fullKeys: readonly string[]; fastKeys: readonly string[] },
): void {
  try {
    const full = schemaCode(instances.full, instances.fullKeys);
    const fast = schemaCode(instances.fast, instances.fastKeys);
    cache.write?.(identity, JSON.stringify({ full, fast }));
  } catch {
    // Not cached: a later run compiles the schemas, as this one did.
  }
}
