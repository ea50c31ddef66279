import type { ValidateFunction } from "ajv";
import { type Catalog, type CatalogDataset, datasetFormat } from "../catalog.ts";
import { decodeText } from "../csv/decodeText.ts";
import { parseCsv } from "../csv/parseCsv.ts";
import { type FolderIO, isMissingFile } from "../io.ts";
import { hasErrors, type Issue, issue } from "../issue.ts";
import type { Datasets } from "../model.ts";
import type { CodelistFile } from "../reference/loadReference.ts";
import { type Reference, referenceList } from "../reference/referenceList.ts";
import { rules as defaultRules } from "../rules/registry.ts";
import type { LoadedDataset, LoadedRecord, RuleContext } from "../rules/rule.ts";
import { coerceCell } from "../schema/coerceCell.ts";
import { createAjv } from "../schema/createAjv.ts";
import type { JsonSchema } from "../schema/jsonSchema.ts";
import { schemaIssues } from "../schema/schemaIssues.ts";

/** What `validateFolder` needs: the data folder, the schema folder and the packaged reference lists. */
export interface ValidateOptions {
  /** The data folder (`data/` or a candidate folder with the same layout). */
  dataIO: FolderIO;
  /** The schema folder (`schemas/`). */
  schemaIO: FolderIO;
  /** Countries, provinces and regencies (see `reference/loadReference.ts`). */
  reference: Reference;
  /** Name of the catalog file in the data folder. */
  catalogFile?: string;
}

/** Rows read and problems found, per dataset. */
export interface DatasetStats {
  name: string;
  file: string;
  rows: number;
  errors: number;
  warnings: number;
}

/** The outcome of validating a data folder: the typed records when valid, and every issue found. */
export interface ValidationResult {
  valid: boolean;
  catalog: Catalog;
  datasets: Datasets;
  schemas: Record<string, JsonSchema>;
  reference: Reference;
  issues: Issue[];
  stats: DatasetStats[];
}

const catalogSchemaFile = "catalog.schema.json";
const defsSchemaFile = "defs.schema.json";

/**
 * Validates every dataset of a data folder against its JSON Schema and the data rules, and
 * returns the typed records with every issue found (all of them, not the first).
 */
export async function validateFolder(options: ValidateOptions): Promise<ValidationResult> {
  const { dataIO, schemaIO } = options;
  const catalogFile = options.catalogFile ?? "catalog.json";
  const issues: Issue[] = [];
  const ajv = createAjv();
  const schemas: Record<string, JsonSchema> = {};

  const loadSchema = async (file: string): Promise<JsonSchema | undefined> => {
    if (schemas[file]) return schemas[file];
    const json = await readJson(schemaIO, file, `schemas/${file}`, issues);
    if (json === undefined) return undefined;
    const schema = json as JsonSchema;
    schemas[file] = schema;
    try {
      ajv.addSchema(schema, file);
    } catch (error) {
      issues.push(
        issue({
          code: "invalid-schema",
          file: `schemas/${file}`,
          rule: "JSON Schema 2020-12",
          params: { detail: message(error) },
        }),
      );
    }
    return schema;
  };

  const emptyResult = (catalog: Catalog): ValidationResult => ({
    valid: false,
    catalog,
    datasets: emptyDatasets(),
    schemas,
    reference: options.reference,
    issues,
    stats: [],
  });

  const catalog = (await readJson(dataIO, catalogFile, catalogFile, issues)) as Catalog | undefined;
  if (!catalog) return emptyResult({ datasets: [] });
  if (
    await schemaIO.readFile(defsSchemaFile).then(
      () => true,
      () => false,
    )
  )
    await loadSchema(defsSchemaFile);
  if (
    await schemaIO.readFile(catalogSchemaFile).then(
      () => true,
      () => false,
    )
  ) {
    const catalogSchema = await loadSchema(catalogSchemaFile);
    if (catalogSchema)
      validateJsonRecord(
        ajv,
        catalogSchemaFile,
        catalog,
        { file: catalogFile, dataset: "catalog", row: 1 },
        issues,
      );
  }
  if (!Array.isArray(catalog.datasets)) {
    issues.push(
      issue({ code: "invalid-catalog", file: catalogFile, rule: "catalog: datasets[]", params: {} }),
    );
    return emptyResult({ ...catalog, datasets: [] });
  }
  for (const entry of catalog.datasets) await loadSchema(entry.schema);
  if (hasErrors(issues)) return emptyResult(catalog);

  const reference = await withCodelists(options.reference, schemas, schemaIO, issues);
  const registry = new Map(Object.entries(schemas));
  const loaded = new Map<string, LoadedDataset>();
  const stats: DatasetStats[] = [];
  for (const entry of catalog.datasets) {
    const schema = schemas[entry.schema];
    if (!schema) continue;
    const dataset = await loadDataset(entry, schema, dataIO, ajv, registry, issues);
    if (dataset) loaded.set(entry.name, dataset);
    stats.push({
      name: entry.name,
      file: entry.path,
      rows: dataset?.records.length ?? 0,
      errors: 0,
      warnings: 0,
    });
  }

  const context: RuleContext = { datasets: loaded, reference, registry };
  for (const rule of defaultRules) issues.push(...rule.check(context));

  for (const stat of stats) {
    for (const found of issues) {
      if (found.dataset !== stat.name) continue;
      if (found.severity === "error") stat.errors += 1;
      else stat.warnings += 1;
    }
  }
  const datasets = emptyDatasets() as unknown as Record<string, unknown[]>;
  for (const [name, dataset] of loaded) datasets[name] = dataset.records.map(({ record }) => record);
  return {
    valid: !hasErrors(issues),
    catalog,
    datasets: datasets as unknown as Datasets,
    schemas,
    reference,
    issues,
    stats,
  };
}

async function loadDataset(
  entry: CatalogDataset,
  schema: JsonSchema,
  dataIO: FolderIO,
  ajv: ReturnType<typeof createAjv>,
  registry: ReadonlyMap<string, JsonSchema>,
  issues: Issue[],
): Promise<LoadedDataset | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await dataIO.readFile(entry.path);
  } catch (error) {
    issues.push(
      issue({
        code: isMissingFile(error) ? "missing-file" : "unreadable-file",
        file: entry.path,
        dataset: entry.name,
        rule: "catalog: every dataset file exists",
        params: { detail: message(error) },
      }),
    );
    return undefined;
  }
  const decoded = decodeText(bytes);
  if (decoded.notUtf8) {
    issues.push(
      issue({ code: "encoding", file: entry.path, dataset: entry.name, rule: "encoding: UTF-8", params: {} }),
    );
  }
  const validate = ajv.getSchema(entry.schema) as ValidateFunction | undefined;
  if (!validate) return undefined;
  const records: LoadedRecord[] = [];
  if (datasetFormat(entry) === "json") {
    let data: unknown;
    try {
      data = JSON.parse(decoded.text);
    } catch (error) {
      issues.push(
        issue({
          code: "invalid-json",
          file: entry.path,
          dataset: entry.name,
          rule: "JSON syntax",
          params: { detail: message(error) },
        }),
      );
      return undefined;
    }
    if (!Array.isArray(data)) {
      issues.push(
        issue({
          code: "not-an-array",
          file: entry.path,
          dataset: entry.name,
          rule: "JSON: an array of records",
          params: {},
        }),
      );
      return undefined;
    }
    data.forEach((record: unknown, index) => {
      const row = index + 1;
      if (!validate(record))
        issues.push(
          ...schemaIssues(validate.errors ?? [], { file: entry.path, dataset: entry.name, row }, record),
        );
      if (typeof record === "object" && record !== null)
        records.push({ record: record as Record<string, unknown>, row });
    });
    return { entry, schema, records };
  }

  const properties = schema.properties ?? {};
  let header: string[] = [];
  const columns = new Map<string, number>();
  // A required column missing from the header is reported once, not once per row.
  const absentRequired = new Set<string>();
  parseCsv(decoded.text, entry.path, {
    onHeader(names) {
      header = names;
      names.forEach((name, index) => {
        if (name !== "" && !columns.has(name)) columns.set(name, index + 1);
      });
      for (const found of headerIssues(entry, schema, names)) {
        if (found.code === "missing-column" && found.column) absentRequired.add(found.column);
        issues.push(found);
      }
    },
    onRow({ rowNumber, cells }) {
      const record: Record<string, unknown> = {};
      const raw: Record<string, string> = {};
      header.forEach((name, index) => {
        const property = properties[name];
        const text = cells[index] ?? "";
        if (!property || text === "") return;
        raw[name] = text;
        const value = coerceCell(text, property, registry, entry.schema);
        if (value !== undefined) record[name] = value;
      });
      if (!validate(record)) {
        const location = { file: entry.path, dataset: entry.name, row: rowNumber, columns, raw };
        for (const found of schemaIssues(validate.errors ?? [], location, record)) {
          if (found.code === "required" && found.column && absentRequired.has(found.column)) continue;
          issues.push(found);
        }
      }
      records.push({ record, row: rowNumber });
    },
  }).issues.forEach((found) => {
    issues.push({ ...found, dataset: entry.name });
  });
  return { entry, schema, records, columns };
}

/** Compares a CSV header with the schema: unknown columns and missing required columns. */
function headerIssues(entry: CatalogDataset, schema: JsonSchema, names: readonly string[]): Issue[] {
  const found: Issue[] = [];
  const properties = schema.properties ?? {};
  names.forEach((name, index) => {
    if (name === "" || properties[name]) return;
    found.push(
      issue({
        code: "unknown-column",
        file: entry.path,
        dataset: entry.name,
        row: 1,
        column: name,
        columnNumber: index + 1,
        value: name,
        rule: "header: columns are schema fields",
        params: { expected: Object.keys(properties).join(", ") },
      }),
    );
  });
  for (const required of schema.required ?? []) {
    if (names.includes(required)) continue;
    found.push(
      issue({
        code: "missing-column",
        file: entry.path,
        dataset: entry.name,
        row: 1,
        column: required,
        rule: "header: required columns are present",
        params: {},
      }),
    );
  }
  return found;
}

/** Adds the project's codelists (`schemas/codelists/<name>.json`) for every `ref:<name>` the schemas use. */
async function withCodelists(
  reference: Reference,
  schemas: Readonly<Record<string, JsonSchema>>,
  schemaIO: FolderIO,
  issues: Issue[],
): Promise<Reference> {
  const names = new Set<string>();
  JSON.stringify(schemas, (_key, value: unknown) => {
    if (typeof value === "string" && value.startsWith("ref:")) names.add(value.slice(4));
    return value;
  });
  const result: Record<string, Reference[string]> = { ...reference };
  for (const name of names) {
    if (result[name]) continue;
    const file = `codelists/${name}.json`;
    const codelist = (await readJson(schemaIO, file, `schemas/${file}`, issues)) as CodelistFile | undefined;
    if (codelist?.codes) result[name] = referenceList(new Map(Object.entries(codelist.codes)));
  }
  return result;
}

function validateJsonRecord(
  ajv: ReturnType<typeof createAjv>,
  schemaFile: string,
  value: unknown,
  location: { file: string; dataset: string; row: number },
  issues: Issue[],
): void {
  const validate = ajv.getSchema(schemaFile);
  if (validate && !validate(value)) issues.push(...schemaIssues(validate.errors ?? [], location, value));
}

async function readJson(io: FolderIO, path: string, shownPath: string, issues: Issue[]): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    issues.push(
      issue({
        code: isMissingFile(error) ? "missing-file" : "unreadable-file",
        file: shownPath,
        rule: "file exists",
        params: { detail: message(error) },
      }),
    );
    return undefined;
  }
  try {
    return JSON.parse(decodeText(bytes).text);
  } catch (error) {
    issues.push(
      issue({
        code: "invalid-json",
        file: shownPath,
        rule: "JSON syntax",
        params: { detail: message(error) },
      }),
    );
    return undefined;
  }
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
