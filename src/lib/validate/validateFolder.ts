import type { Ajv2020, ValidateFunction } from "ajv/dist/2020.js";
import { type Catalog, type CatalogEntry, datasetFormat, type ReadCatalog } from "../catalog.ts";
import { decodeText } from "../csv/decodeText.ts";
import type { CsvChunkReader } from "../csv/readCsvChunks.ts";
import type { FolderIO } from "../io.ts";
import { hasErrors, type Issue, issue } from "../issue.ts";
import { readJsonText } from "../json/readJsonText.ts";
import type { Datasets } from "../model.ts";
import { type CodelistFile, type Reference, referenceList } from "../reference/referenceList.ts";
import { rules as defaultRules } from "../rules/registry.ts";
import type { DatasetCheck, DatasetInfo, Emit, Rule, RuleEnvironment, RuleRun } from "../rules/rule.ts";
import {
  type CachedSchemas,
  readCachedSchemas,
  type SchemaCodeCache,
  schemaIdentity,
  writeCachedSchemas,
} from "../schema/cachedSchemas.ts";
import type * as AjvFactory from "../schema/createAjv.ts";
import { fieldInfos } from "../schema/fieldInfo.ts";
import { foreignKeyTargets } from "../schema/foreignKeyTargets.ts";
import type { JsonSchema, SchemaRegistry } from "../schema/jsonSchema.ts";
import { precompiledCompiler, type SchemaCompiler } from "../schema/precompiledCompiler.ts";
import {
  type PropertyValidators,
  propertyKey,
  propertyValidators,
  splitPropertyNames,
  validationContext,
} from "../schema/propertyValidators.ts";
import { schemaIssues } from "../schema/schemaIssues.ts";
import { primaryKeyOf } from "../schema/vocabulary.ts";
import { checksFor } from "./checksFor.ts";
import type { ChunkedFolderIO } from "./chunkedIO.ts";
import { type CsvRangeRunner, type RangeSetup, readCsvInRanges } from "./csvRanges.ts";
import { cappedSink, type IssueCounts, type IssueSink } from "./issueSink.ts";
import { jsonIssues } from "./jsonIssues.ts";
import { keyIndex } from "./keyIndex.ts";
import { memoizedIO } from "./memoizedIO.ts";
import { pathIssue } from "./pathProblem.ts";
import { type DatasetReadArgs, readCsvDataset } from "./readCsvDataset.ts";
import { maxJsonBytes, readDataFile } from "./readDataFile.ts";
import { readingOrder } from "./readingOrder.ts";
import { readJsonDataset } from "./readJsonDataset.ts";
import { recordValidator } from "./recordValidator.ts";
import { sortIssues } from "./sortIssues.ts";

/** What `validateFolder` needs: the data folder, the schema folder and the packaged reference lists. */
export interface ValidateOptions {
  /** The data folder (`data/` or a candidate folder with the same layout); streamed when it can. */
  dataIO: ChunkedFolderIO;
  /** The schema folder (`schemas/`). */
  schemaIO: FolderIO;
  /** Countries, provinces and regencies (see `src/node/loadReference.ts`). */
  reference: Reference;
  /** Name of the catalog file in the data folder. */
  catalogFile?: string;
  /**
   * Keep the typed records (default `true`: the site needs them). With `false` only keys and
   * small lookups are kept, so memory stays flat however many rows there are; `datasets` is empty.
   */
  keepRecords?: boolean;
  /** The build's date, for plausible-date checks (default: now). */
  now?: Date;
  /** The data rules (default: `rules/registry.ts`). */
  rules?: readonly Rule[];
  /**
   * How many issues of one code to keep per file (default 1,000); the rest are counted in `stats`
   * (`omitted`), so memory stays flat even when every row of a large file is wrong.
   */
  issueLimit?: number;
  /**
   * How CSV files are decoded and parsed (default: in this thread). `src/node` passes a reader that
   * parses in a worker thread while this one checks the rows; the result is the same either way.
   */
  csvReader?: CsvChunkReader;
  /**
   * Checks large CSV files in byte ranges on several threads when no record is kept (`src/node` passes
   * one that runs them in worker threads); the result is the same as reading them in one thread.
   */
  csvRanges?: CsvRangeRunner;
  /** Called every 1,000 rows of a dataset and once at its end, with the rows read so far (progress display). */
  onProgress?: (progress: { dataset: string; file: string; rows: number; done: boolean }) => void;
  /**
   * Where compiled schemas are kept between runs (`src/node/schemaCodeCache.ts`): a run whose schema
   * files are all as in an earlier run that found them valid compiles none of them (default: none).
   */
  schemaCode?: SchemaCodeCache;
}

/** Rows read and problems found, per dataset. */
export interface DatasetStats {
  name: string;
  file: string;
  rows: number;
  errors: number;
  warnings: number;
  /** Issues counted in `errors` and `warnings` but not listed (beyond `issueLimit` per code). */
  omitted: number;
}

/** The outcome of validating a data folder: the typed records when valid, and every issue found. */
export interface ValidationResult {
  valid: boolean;
  /** The catalog as read (it may not follow the catalog schema when the result is not valid). */
  catalog: ReadCatalog;
  /** The same catalog typed as published, when it follows `catalog.schema.json` (ajv's check). */
  published?: Catalog;
  datasets: Datasets;
  schemas: Record<string, JsonSchema>;
  reference: Reference;
  issues: Issue[];
  stats: DatasetStats[];
  /** The codes of the checks run on each dataset (structure, schema and rules), for the quality report. */
  checks: Record<string, string[]>;
}

// ajv's compiler (about 90 modules, 30-40 ms of start-up) is loaded only when a schema is to be compiled:
// a run whose schemas are all cached (`schemaCode`) never loads it. Every schema lookup is synchronous,
// so it is loaded (`loadAjv`) before any lookup the cached validators might not answer.
let ajvFactory: typeof AjvFactory | undefined;

async function loadAjv(): Promise<void> {
  ajvFactory ??= await import("../schema/createAjv.ts");
}

/** `createAjv`, once `loadAjv` has loaded it. */
function createAjv(options?: AjvFactory.AjvOptions): Ajv2020 {
  if (!ajvFactory) throw new Error("ajv's compiler was needed before it was loaded");
  return ajvFactory.createAjv(options);
}

/** Tells whether cached validators answer every key, so that ajv's compiler need not be loaded. */
function answers(
  cached: CachedSchemas | undefined,
  full: readonly string[],
  fast: readonly string[],
): boolean {
  return (
    cached !== undefined &&
    full.every((key) => cached.full.has(key)) &&
    fast.every((key) => cached.fast.has(key))
  );
}

/** The keys of the property validators of the CSV datasets (see `propertyValidators`), without compiling. */
function csvPropertyKeys(infos: Iterable<DatasetInfo>): string[] {
  const keys: string[] = [];
  for (const info of infos) {
    if (info.format !== "csv") continue;
    for (const name of splitPropertyNames(info.schema) ?? []) keys.push(propertyKey(info.entry.schema, name));
  }
  return keys;
}

const catalogSchemaFile = "catalog.schema.json";
const defsSchemaFile = "defs.schema.json";
// The issues of one code kept per file when `issueLimit` is not given.
const defaultIssueLimit = 1000;

/**
 * Validates every dataset of a data folder against its JSON Schema and the data rules, and
 * returns the typed records with every issue found (all of them, not the first). Datasets are
 * read in dependency order and CSV files are streamed row by row.
 */
export async function validateFolder(options: ValidateOptions): Promise<ValidationResult> {
  const { dataIO } = options;
  // Each schema file is read once, so that the cache's identity and the schemas compiled are the same bytes.
  const schemaIO = memoizedIO(options.schemaIO);
  const keepRecords = options.keepRecords ?? true;
  const catalogFile = options.catalogFile ?? "catalog.json";
  const issues: Issue[] = [];
  const schemas: Record<string, JsonSchema> = {};
  // The schemas the full instance refused (reported once, and never compiled by the fast one).
  const refused = new Set<string>();

  const loadSchema = async (file: string): Promise<JsonSchema | undefined> => {
    if (schemas[file]) return schemas[file];
    const json = await readJson(schemaIO, file, `schemas/${file}`, issues);
    if (json === undefined) return undefined;
    const schema = json as JsonSchema;
    schemas[file] = schema;
    try {
      full.addSchema(schema, file);
    } catch (error) {
      refused.add(file);
      issues.push(invalidSchema(file, error));
    }
    return schema;
  };

  const result = (catalog: ReadCatalog, rest: Partial<ValidationResult> = {}): ValidationResult => ({
    valid: false,
    catalog,
    datasets: emptyDatasets(),
    schemas,
    reference: options.reference,
    issues,
    stats: [],
    checks: {},
    ...rest,
  });

  const catalog = (await readJson(dataIO, catalogFile, catalogFile, issues)) as ReadCatalog | undefined;
  if (!catalog) return result({ datasets: [] });
  // Validators compiled by an earlier run from the same schema files (which it found valid), if kept.
  const files =
    options.schemaCode && Array.isArray(catalog.datasets)
      ? await schemaFilesIdentity(schemaIO, safeEntries(catalog.datasets, catalogFile, []))
      : undefined;
  const identity = files?.identity;
  const cached =
    identity === undefined ? undefined : readCachedSchemas(options.schemaCode as SchemaCodeCache, identity);
  if (!answers(cached, files?.names ?? [], files?.names ?? [])) await loadAjv();
  // Without them, both instances keep their validators' source when it can be cached.
  const source = identity !== undefined && cached === undefined && options.schemaCode?.write !== undefined;
  const fullAjv = cached ? undefined : createAjv({ source });
  const full: SchemaCompiler =
    fullAjv ?? precompiledCompiler((cached as CachedSchemas).full, () => createAjv({ checkSchemas: false }));
  if (await exists(schemaIO, defsSchemaFile)) await loadSchema(defsSchemaFile);
  let published: Catalog | undefined;
  if (await exists(schemaIO, catalogSchemaFile)) {
    if ((await loadSchema(catalogSchemaFile)) && validateCatalog(full, catalog, catalogFile, issues))
      published = catalog;
  }
  if (!Array.isArray(catalog.datasets)) {
    issues.push(
      issue({ code: "invalid-catalog", file: catalogFile, rule: "catalog: datasets[]", params: {} }),
    );
    return result({ ...catalog, datasets: [] });
  }
  const entries = safeEntries(catalog.datasets, catalogFile, issues);
  for (const entry of entries) await loadSchema(entry.schema);
  // The fast first pass is created once the schemas are known (see lengthsAreExactInUtf16).
  const fastInstance = cached ? undefined : fastAjv(schemas, refused, source);
  const fast: SchemaCompiler =
    fastInstance ?? precompiledCompiler((cached as CachedSchemas).fast, () => fastAjv(schemas));
  for (const file of Object.keys(schemas)) if (!refused.has(file)) compile(fast, file, issues);
  if (hasErrors(issues)) return result(catalog);

  const reference = await withCodelists(options.reference, schemas, schemaIO, issues);
  const registry = new Map(Object.entries(schemas));
  const infos = datasetInfos(entries, schemas, registry);
  const cellContext = validationContext(registry.values());
  if (!answers(cached, [], csvPropertyKeys(infos.values()))) await loadAjv();

  const complete = new Set<string>();
  const indexes = new Map<string, Map<unknown, number>>();
  const environment: RuleEnvironment = {
    datasets: infos,
    reference,
    registry,
    now: options.now ?? new Date(),
    isComplete: (name) => complete.has(name),
    keyIndex: (dataset, field) => keyIndex(indexes, dataset, field),
  };
  const ruleList = options.rules ?? defaultRules;
  const runs: RuleRun[] = ruleList.map((rule) => rule.start(environment));
  const { sink, counts } = cappedSink(issues, options.issueLimit ?? defaultIssueLimit);
  const emit: Emit = (found) => {
    sink.push(found);
  };

  const checkCache = new Map<string, StagedCheck[]>();
  const records = new Map<string, Record<string, unknown>[]>();
  const rows = new Map<string, number>();
  const order = readingOrder([...infos.keys()], (name) =>
    [...(infos.get(name)?.references ?? [])]
      .filter((t) => !t.startsWith("ref:"))
      .map((t) => t.split(".")[0] ?? ""),
  );
  const reading: ReadContext = {
    full,
    fast,
    cellContext,
    options,
    keepRecords,
    sink,
    emit,
    checksOf,
    stagedChecksOf,
    environment,
    complete,
  };
  for (const name of order) {
    const info = infos.get(name) as DatasetInfo;
    const { count, kept } = await readDataset(info, reading);
    for (const check of checksOf(info)) check.end?.(emit);
    complete.add(name);
    rows.set(name, count);
    if (keepRecords) records.set(name, kept);
  }
  for (const run of runs) run.end?.(emit);
  if (source && fullAjv && fastInstance && !issues.some(isSchemaIssue))
    writeCachedSchemas(options.schemaCode as SchemaCodeCache, identity as string, {
      full: fullAjv,
      fast: fastInstance,
      fullKeys: Object.keys(schemas),
      fastKeys: [...Object.keys(schemas), ...propertyKeys(fastInstance, infos.values())],
    });

  // Each rule's checks for a dataset, created once when the dataset is first read, with their stage and rule.
  function stagedChecksOf(info: DatasetInfo): StagedCheck[] {
    let checks = checkCache.get(info.name);
    if (!checks) {
      checks = [];
      for (const [index, run] of runs.entries()) {
        const check = run.dataset(info);
        if (check) checks.push([index + 1, ruleList[index] as Rule, check]);
      }
      checkCache.set(info.name, checks);
    }
    return checks;
  }
  function checksOf(info: DatasetInfo): DatasetCheck[] {
    return stagedChecksOf(info).map(([, , check]) => check);
  }

  const stats = datasetStats(catalog.datasets, rows, counts);
  // The records passed their dataset's schema, which model.ts mirrors (modelMatchesSchemas.test.ts).
  const datasets: Record<string, unknown[]> = emptyDatasets();
  for (const [name, kept] of records) datasets[name] = kept;
  const checks: Record<string, string[]> = {};
  for (const [name, info] of infos) checks[name] = checksFor(info, ruleList);
  return result(catalog, {
    ...(published ? { published } : {}),
    valid: !hasErrors(issues),
    datasets: datasets as Datasets,
    reference,
    issues: sortIssues(issues, catalog.datasets),
    stats,
    checks,
  });
}

/** A rule's checks of a dataset, with the rule and its stage (its place in the rule list, from 1). */
type StagedCheck = readonly [number, Rule, DatasetCheck];

/** What reading one dataset needs: both validators, the options, the issue sink and the rules' checks. */
interface ReadContext {
  full: SchemaCompiler;
  fast: SchemaCompiler;
  /** What property validators are called with (see `validationContext`). */
  cellContext: PropertyValidators["context"];
  options: ValidateOptions;
  keepRecords: boolean;
  sink: IssueSink;
  emit: Emit;
  checksOf(info: DatasetInfo): DatasetCheck[];
  stagedChecksOf(info: DatasetInfo): StagedCheck[];
  environment: RuleEnvironment;
  /** The datasets read so far. */
  complete: ReadonlySet<string>;
}

/**
 * Reads one dataset (CSV streamed row by row, or JSON), validating each record against its schema
 * and running the rules' row checks on it; returns the rows read and, when kept, the records.
 */
async function readDataset(
  info: DatasetInfo,
  context: ReadContext,
): Promise<{ count: number; kept: Record<string, unknown>[] }> {
  const { full, fast, cellContext, options, keepRecords, sink, emit, checksOf } = context;
  const { name } = info;
  const { onProgress } = options;
  const kept: Record<string, unknown>[] = [];
  let seen = 0;
  let checks: DatasetCheck[] | undefined;
  const read = info.format === "json" ? readJsonDataset : readCsvDataset;
  const readWith = (csvReader = options.csvReader) =>
    read({
      info,
      io: options.dataIO,
      ...datasetValidators(info, full, fast, cellContext),
      ...(csvReader ? { csvReader } : {}),
      shareValues: !keepRecords,
      issues: sink,
      issueLimit: options.issueLimit ?? defaultIssueLimit,
      onRecord: (context, columns) => {
        if (columns && !info.columns) (info as { columns?: ReadonlyMap<string, number> }).columns = columns;
        // The rules' checks are made once the header is known, on the first row.
        checks ??= checksOf(info);
        for (const check of checks) check.row(context, emit);
        if (keepRecords) kept.push(context.record);
        seen += 1;
        if (onProgress && seen % 1000 === 0)
          onProgress({ dataset: name, file: info.entry.path, rows: seen, done: false });
      },
    });
  const count =
    (!keepRecords && info.format === "csv" ? await readInRanges(info, context, readWith) : undefined) ??
    (await readWith());
  onProgress?.({ dataset: name, file: info.entry.path, rows: count, done: true });
  return { count, kept };
}

/** Reads a large CSV file in byte ranges on several threads (`csvRanges.ts`), or returns `undefined` to read it whole. */
async function readInRanges(
  info: DatasetInfo,
  { options, sink, stagedChecksOf, environment, complete }: ReadContext,
  readWith: (csvReader: CsvChunkReader) => Promise<number>,
): Promise<number | undefined> {
  const { csvRanges: runner, dataIO: io, onProgress } = options;
  if (!runner || !io.readRange || !io.size || options.rules) return undefined;
  const path = info.entry.path;
  const size = await io.size(path).catch(() => undefined);
  if (size === undefined) return undefined;
  const readRange = io.readRange.bind(io);
  return readCsvInRanges({
    info,
    read: (start, end) => readRange(path, start, end),
    size,
    runner,
    sink,
    checks: stagedChecksOf(info),
    environment,
    complete: [...complete],
    issueLimit: options.issueLimit ?? defaultIssueLimit,
    now: environment.now,
    readFirst: readWith,
    ...(onProgress
      ? { onRows: (rows: number) => onProgress({ dataset: info.name, file: path, rows, done: false }) }
      : {}),
  });
}

/** How a dataset's records are validated: whole (fast pass, then every error) and, for CSV, property by property. */
function datasetValidators(
  info: DatasetInfo,
  full: SchemaCompiler | (() => SchemaCompiler),
  fast: SchemaCompiler,
  context: PropertyValidators["context"],
): Pick<DatasetReadArgs, "validate" | "properties"> {
  // The full validator (and in a range thread its instance) is made when a record first fails the fast one.
  const fullOf = typeof full === "function" ? full : () => full;
  const validate = recordValidator(
    fast.getSchema(info.entry.schema) as Parameters<typeof recordValidator>[0],
    () => fullOf().getSchema(info.entry.schema) as ValidateFunction,
  );
  const properties =
    info.format === "csv" ? propertyValidators(fast, info.entry.schema, info.schema, context) : undefined;
  return { validate, ...(properties ? { properties } : {}) };
}

/**
 * What a thread that checks ranges of CSV files needs (see `checkCsvRange`): the catalog's datasets,
 * their schemas and the rules' world, read from the same folders as the calling thread's (which has
 * already reported their problems), with each schema compiled only when a range of its dataset is read.
 */
export async function rangeSetup(
  options: Pick<ValidateOptions, "dataIO" | "schemaIO" | "reference" | "catalogFile" | "schemaCode">,
): Promise<RangeSetup> {
  const { dataIO } = options;
  const schemaIO = memoizedIO(options.schemaIO);
  const catalogFile = options.catalogFile ?? "catalog.json";
  const ignored: Issue[] = [];
  const catalog = (await readJson(dataIO, catalogFile, catalogFile, ignored)) as ReadCatalog;
  const entries = safeEntries(catalog.datasets, catalogFile, ignored);
  const schemas: Record<string, JsonSchema> = {};
  // In the order `validateFolder` loads them: the fast validator's options depend on the whole set.
  const files = [defsSchemaFile, catalogSchemaFile, ...entries.map((entry) => entry.schema)];
  for (const file of files) {
    if (
      schemas[file] ||
      ((file === defsSchemaFile || file === catalogSchemaFile) && !(await exists(schemaIO, file)))
    )
      continue;
    const schema = (await readJson(schemaIO, file, file, ignored)) as JsonSchema | undefined;
    if (schema !== undefined) schemas[file] = schema;
  }
  // The calling thread has checked every schema (ranges are read only when all are valid): this
  // thread's instances skip the meta-schemas, and the full one is made when a record first fails;
  // both answer from the validators the calling thread's earlier run cached, when there are some.
  const identified = options.schemaCode ? await schemaFilesIdentity(schemaIO, entries) : undefined;
  const cached =
    identified === undefined
      ? undefined
      : readCachedSchemas(options.schemaCode as SchemaCodeCache, identified.identity);
  const registry = new Map(Object.entries(schemas));
  const infos = datasetInfos(entries, schemas, registry);
  const cellContext = validationContext(registry.values());
  const keys = Object.keys(schemas);
  if (!answers(cached, keys, [...keys, ...csvPropertyKeys(infos.values())])) await loadAjv();
  const fast = cached ? precompiledCompiler(cached.fast, () => fastAjv(schemas)) : fastAjv(schemas);
  let full: SchemaCompiler | undefined;
  const fullAjv = (): SchemaCompiler => {
    if (full) return full;
    const make = () => {
      const ajv = createAjv({ checkSchemas: false });
      for (const [file, schema] of Object.entries(schemas)) ajv.addSchema(schema, file);
      return ajv;
    };
    full = cached ? precompiledCompiler(cached.full, make) : make();
    return full;
  };
  const reference = await withCodelists(options.reference, schemas, schemaIO, ignored);
  return {
    infos,
    environment: { reference, registry },
    rules: defaultRules,
    validators: (info) => datasetValidators(info, fullAjv, fast, cellContext),
  };
}

/** The catalog's datasets whose file and schema paths stay inside their folders; the others are reported and never read. */
function safeEntries(entries: readonly CatalogEntry[], catalogFile: string, issues: Issue[]): CatalogEntry[] {
  return entries.filter((entry, index) => {
    const unsafe = (["path", "schema"] as const)
      .map((field) =>
        pathIssue((entry as Partial<CatalogEntry> | null)?.[field], {
          file: catalogFile,
          pointer: `/datasets/${index}/${field}`,
          column: field,
        }),
      )
      .filter((found) => found !== undefined);
    issues.push(...unsafe);
    return unsafe.length === 0;
  });
}

/**
 * The fast first pass's ajv (one error, no Unicode length counting when every `maxLength` and
 * `minLength` is exact in UTF-16 code units), with every loaded schema; a schema it cannot add was
 * reported by the full instance (or refused by it: `refused`), which also checked them against the
 * meta-schema.
 */
function fastAjv(
  schemas: Readonly<Record<string, JsonSchema>>,
  refused?: ReadonlySet<string>,
  source = false,
): Ajv2020 {
  const fast = createAjv({
    allErrors: false,
    unicode: !(ajvFactory as typeof AjvFactory).lengthsAreExactInUtf16(Object.values(schemas)),
    checkSchemas: false,
    source,
  });
  for (const [file, schema] of Object.entries(schemas)) {
    if (refused?.has(file)) continue;
    try {
      fast.addSchema(schema, file);
    } catch {
      // Reported by the full instance.
    }
  }
  return fast;
}

/** What the rules know of each dataset before reading it: its schema, format, fields, key and references. */
function datasetInfos(
  entries: readonly CatalogEntry[],
  schemas: Readonly<Record<string, JsonSchema>>,
  registry: SchemaRegistry,
): Map<string, DatasetInfo> {
  const infos = new Map<string, DatasetInfo>();
  for (const entry of entries) {
    const schema = schemas[entry.schema];
    if (!schema) continue;
    const key = primaryKeyOf(schema);
    infos.set(entry.name, {
      name: entry.name,
      entry,
      schema,
      format: datasetFormat(entry),
      fields: fieldInfos(schema, registry),
      references: foreignKeyTargets(schema, registry),
      ...(key === undefined ? {} : { primaryKey: key }),
    });
  }
  return infos;
}

/** Rows read and problems counted per dataset, in catalog order. */
function datasetStats(
  entries: readonly CatalogEntry[],
  rows: ReadonlyMap<string, number>,
  counts: ReadonlyMap<string, IssueCounts>,
): DatasetStats[] {
  return entries.map((entry) => ({
    name: entry.name,
    file: entry.path,
    rows: rows.get(entry.name) ?? 0,
    errors: counts.get(entry.name)?.errors ?? 0,
    warnings: counts.get(entry.name)?.warnings ?? 0,
    omitted: counts.get(entry.name)?.omitted ?? 0,
  }));
}

/**
 * Compiles a schema with the fast validator, which fails exactly where the full one would (same schemas,
 * other error options), so a schema that cannot be compiled is reported before any data is read; the
 * full validator is compiled only when a record needs its errors.
 */
function compile(fast: SchemaCompiler, file: string, issues: Issue[]): void {
  try {
    fast.getSchema(file);
  } catch (error) {
    issues.push(invalidSchema(file, error));
  }
}

/** A schema file ajv cannot add or compile, with ajv's reason. */
function invalidSchema(file: string, error: unknown): Issue {
  return issue({
    code: "invalid-schema",
    file: `schemas/${file}`,
    rule: "JSON Schema 2020-12",
    params: { detail: message(error) },
  });
}

/** Checks the catalog against `catalog.schema.json`, reporting where it does not follow it; true when it does. */
function validateCatalog(
  ajv: SchemaCompiler,
  catalog: ReadCatalog,
  file: string,
  issues: Issue[],
): catalog is Catalog {
  let validate: ValidateFunction<Catalog> | undefined;
  try {
    validate = ajv.getSchema(catalogSchemaFile) as ValidateFunction<Catalog> | undefined;
  } catch {
    return false;
  }
  if (!validate) return false;
  if (validate(catalog)) return true;
  issues.push(...schemaIssues(validate.errors ?? [], { file, dataset: "catalog", row: 1 }, catalog));
  return false;
}

/**
 * The identity of the schema files a folder's datasets are validated with (see `schemaIdentity`), in the
 * order `validateFolder` adds them: the shared definitions and the catalog's schema when they exist, then
 * each dataset's; `undefined` when a dataset's schema cannot be read (its problem is then reported).
 */
async function schemaFilesIdentity(
  io: FolderIO,
  entries: readonly CatalogEntry[],
): Promise<{ identity: string; names: string[] } | undefined> {
  const files: Array<readonly [string, Uint8Array]> = [];
  const names = [...new Set([defsSchemaFile, catalogSchemaFile, ...entries.map((entry) => entry.schema)])];
  for (const name of names) {
    try {
      files.push([name, await io.readFile(name, { maxBytes: maxJsonBytes })]);
    } catch {
      if (name !== defsSchemaFile && name !== catalogSchemaFile) return undefined;
    }
  }
  return { identity: schemaIdentity(files), names: files.map(([name]) => name) };
}

/** The keys of the property validators of each CSV dataset whose schema splits into them (`propertyValidators`). */
function propertyKeys(fast: SchemaCompiler, infos: Iterable<DatasetInfo>): string[] {
  const keys: string[] = [];
  for (const info of infos) {
    if (info.format !== "csv") continue;
    const split = propertyValidators(fast, info.entry.schema, info.schema);
    for (const name of split?.byName.keys() ?? []) keys.push(propertyKey(info.entry.schema, name));
  }
  return keys;
}

/** Tells whether an issue is about a schema file (then nothing is cached). */
function isSchemaIssue(found: Issue): boolean {
  return found.file.startsWith("schemas/");
}

/** Adds the project's codelists (`schemas/codelists/<name>.json`) for every `ref:<name>` the schemas use. */
async function withCodelists(
  reference: Reference,
  schemas: Readonly<Record<string, JsonSchema>>,
  schemaIO: FolderIO,
  issues: Issue[],
): Promise<Reference> {
  // Each codelist name with the schema that first uses it.
  const names = new Map<string, string>();
  for (const [file, schema] of Object.entries(schemas)) {
    JSON.stringify(schema, (_key, value: unknown) => {
      if (typeof value === "string" && value.startsWith("ref:") && !names.has(value.slice(4)))
        names.set(value.slice(4), file);
      return value;
    });
  }
  const result: Record<string, Reference[string]> = { ...reference };
  for (const [name, schemaFile] of names) {
    if (result[name]) continue;
    const file = `codelists/${name}.json`;
    const unsafe = pathIssue(file, { file: `schemas/${schemaFile}`, pointer: "", column: "x-foreignKey" });
    if (unsafe) {
      issues.push({ ...unsafe, value: `ref:${name}` });
      continue;
    }
    const codelist = (await readJson(schemaIO, file, `schemas/${file}`, issues)) as CodelistFile | undefined;
    if (codelist?.codes) result[name] = referenceList(new Map(Object.entries(codelist.codes)));
  }
  return result;
}

async function exists(io: FolderIO, path: string): Promise<boolean> {
  return io.readFile(path, { maxBytes: maxJsonBytes }).then(
    () => true,
    () => false,
  );
}

async function readJson(io: FolderIO, path: string, shownPath: string, issues: Issue[]): Promise<unknown> {
  const place = { file: shownPath, rule: "file exists" };
  const bytes = await readDataFile(io, path, place, (found) => issues.push(found), maxJsonBytes);
  if (bytes === undefined) return undefined;
  const parsed = await readJsonText(decodeText(bytes).text);
  issues.push(...jsonIssues(parsed.problems, { file: shownPath }));
  return parsed.value;
}

function emptyDatasets(): Datasets {
  return {
    sources: [],
    organisations: [],
    activities: [],
    finances: [],
    statements: [],
    "action-plans": [],
    commitments: [],
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
