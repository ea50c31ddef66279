// src/lib/model.ts mirrors the JSON Schemas in schemas/, and src/lib/catalog.ts's `Catalog` mirrors
// schemas/catalog.schema.json: this test compares them field by field, so a field added, removed,
// renamed, made optional or given another type or code list on one side only fails here. Both sides
// are written as the same canonical shape: `string`, `number`, `boolean`, `"a" | "b"` for code lists,
// `T[]`, `{ name?: T; … }` with optional fields marked, and `{ [key]: T }` for a map
// (`additionalProperties` with a schema; `Record<string, T>`).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

type Schema = Record<string, unknown>;

const schemaDir = "schemas";
const modelFile = "src/lib/model.ts";
const catalogFile = "src/lib/catalog.ts";

/** Reads a schema file of schemas/. */
function schemaFile(name: string): Schema {
  return JSON.parse(readFileSync(join(schemaDir, name), "utf8")) as Schema;
}

/** Follows a `$ref` of the form `file.schema.json#/$defs/name` (or `#/$defs/name` inside `file`). */
function resolveRef(ref: string, file: string): { node: Schema; file: string } {
  const [target = "", pointer = ""] = ref.split("#");
  const refFile = target === "" ? file : target;
  let node: unknown = schemaFile(refFile);
  for (const part of pointer.split("/").filter(Boolean)) node = (node as Schema)[part];
  return { node: node as Schema, file: refFile };
}

/** Joins the members of a union, sorted, so that order does not matter. */
function union(members: readonly string[]): string {
  return [...new Set(members)].sort().join(" | ");
}

/** The canonical shape of a schema node. */
function schemaShape(input: Schema, file: string): string {
  let node = input;
  while (typeof node.$ref === "string") ({ node, file } = resolveRef(node.$ref, file));
  if (Array.isArray(node.enum)) return union(node.enum.map((v) => JSON.stringify(v)));
  if ("const" in node) return JSON.stringify(node.const);
  const alternatives = (node.oneOf ?? node.anyOf) as Schema[] | undefined;
  if (alternatives) return union(alternatives.map((a) => schemaShape(a, file)));
  const type = Array.isArray(node.type) ? node.type : [node.type];
  return union(
    type.map((t) => {
      switch (t) {
        case "string":
        case "boolean":
          return t;
        case "integer":
        case "number":
          return "number";
        case "array":
          return `${wrap(schemaShape((node.items ?? {}) as Schema, file))}[]`;
        case "object": {
          const map = node.additionalProperties;
          if (!node.properties && typeof map === "object" && map !== null)
            return `{ [key]: ${schemaShape(map as Schema, file)} }`;
          const properties = (node.properties ?? {}) as Record<string, Schema>;
          const required = new Set((node.required ?? []) as string[]);
          return objectShape(
            Object.entries(properties).map(([name, p]) => [name, !required.has(name), schemaShape(p, file)]),
          );
        }
        default:
          throw new Error(`${file}: a schema node of type ${String(t)} has no shape in this test`);
      }
    }),
  );
}

/** Parenthesises a union before `[]`. */
function wrap(shape: string): string {
  return shape.includes(" | ") ? `(${shape})` : shape;
}

/** `{ a: T; b?: U }` with the fields sorted by name. */
function objectShape(fields: readonly (readonly [string, boolean, string])[]): string {
  const sorted = [...fields].sort(([a], [b]) => a.localeCompare(b));
  return `{ ${sorted.map(([name, optional, shape]) => `${name}${optional ? "?" : ""}: ${shape}`).join("; ")} }`;
}

const program = ts.createProgram([modelFile, catalogFile], {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
});
const checker = program.getTypeChecker();

/** The canonical shape of a TypeScript type of model.ts. */
function typeShape(type: ts.Type): string {
  if (type.isUnion()) {
    const members = type.types.filter((t) => !(t.flags & ts.TypeFlags.Undefined));
    // `boolean` is the union `true | false` to the checker.
    if (members.length === 2 && members.every((t) => t.flags & ts.TypeFlags.BooleanLiteral)) return "boolean";
    return union(members.map(typeShape));
  }
  if (type.isStringLiteral()) return JSON.stringify(type.value);
  if (type.isNumberLiteral()) return JSON.stringify(type.value);
  if (type.flags & ts.TypeFlags.String) return "string";
  if (type.flags & ts.TypeFlags.Number) return "number";
  if (type.flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return "boolean";
  if (checker.isArrayType(type)) {
    const [element] = checker.getTypeArguments(type as ts.TypeReference);
    if (!element) throw new Error("an array type without its element type");
    return `${wrap(typeShape(element))}[]`;
  }
  const index = checker.getIndexInfosOfType(type)[0];
  if (index && checker.getPropertiesOfType(type).length === 0) return `{ [key]: ${typeShape(index.type)} }`;
  if (type.flags & ts.TypeFlags.Object || type.isIntersection())
    return objectShape(
      checker.getPropertiesOfType(type).map((p) => {
        const optional = (p.flags & ts.SymbolFlags.Optional) !== 0;
        return [p.name, optional, typeShape(checker.getNonNullableType(checker.getTypeOfSymbol(p)))];
      }),
    );
  throw new Error(`model.ts: the type ${checker.typeToString(type)} has no shape in this test`);
}

/** The type a file exports under a name. */
function exportedType(file: string, name: string): ts.Type {
  const source = program.getSourceFile(file);
  const module = source && checker.getSymbolAtLocation(source);
  const symbol = module && checker.getExportsOfModule(module).find((s) => s.name === name);
  if (!symbol) throw new Error(`${file} exports no ${name} type`);
  return checker.getDeclaredTypeOfSymbol(symbol);
}

/** The record type of each dataset, from model.ts's `Datasets` (dataset name → record type). */
function datasetTypes(): Map<string, ts.Type> {
  const records = new Map<string, ts.Type>();
  for (const property of checker.getPropertiesOfType(exportedType(modelFile, "Datasets"))) {
    const list = checker.getTypeOfSymbol(property);
    const [record] = checker.getTypeArguments(list as ts.TypeReference);
    if (record) records.set(property.name, record);
  }
  return records;
}

/** Splits `{ a: T; b?: U }` into its fields (top level only), for readable failures. */
function fieldsOf(shape: string): Record<string, string> {
  const body = shape.slice(2, -2);
  const fields: Record<string, string> = {};
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= body.length; i++) {
    const c = body[i];
    if (c === "{" || c === "(") depth++;
    else if (c === "}" || c === ")") depth--;
    else if ((c === ";" && depth === 0) || i === body.length) {
      const field = body.slice(start, i).trim();
      const colon = field.indexOf(": ");
      fields[field.slice(0, colon)] = field.slice(colon + 2);
      start = i + 1;
    }
  }
  return fields;
}

const records = datasetTypes();

describe("model.ts against schemas/", () => {
  it("has a record type for each dataset schema the catalog lists, and no other", () => {
    const catalog = JSON.parse(readFileSync("data/catalog.json", "utf8")) as {
      datasets: { name: string; schema: string }[];
    };
    expect([...records.keys()].sort()).toEqual(catalog.datasets.map((d) => d.name).sort());
  });

  it.each([...records.keys()])("%s: every field, its optionality, type and codes match", (name) => {
    const fromSchema = fieldsOf(schemaShape(schemaFile(`${name}.schema.json`), `${name}.schema.json`));
    const fromModel = fieldsOf(typeShape(records.get(name) as ts.Type));
    expect(fromModel).toEqual(fromSchema);
  });

  it("catalog.ts's Catalog: every field of catalog.schema.json, its optionality, type and codes match", () => {
    const fromSchema = fieldsOf(schemaShape(schemaFile("catalog.schema.json"), "catalog.schema.json"));
    const fromType = fieldsOf(typeShape(exportedType(catalogFile, "Catalog")));
    expect(fromType).toEqual(fromSchema);
    // The dataset entries and the licence map are compared whole, inside the catalog's fields.
    expect(fromType.datasets).toMatch(
      /^\(\{ description: \{ en: string; id: string \}; format: "csv" \| "json";/,
    );
    expect(fromType.licences).toBe("{ [key]: { title: { en: string; id: string }; url: string } }");
  });

  it("tells a difference apart: a shape changes with a field's type, codes or optionality", () => {
    const base = { type: "object", properties: { a: { type: "string" } }, required: ["a"] };
    expect(schemaShape(base, "x")).toBe("{ a: string }");
    expect(schemaShape({ ...base, required: [] }, "x")).toBe("{ a?: string }");
    expect(schemaShape({ ...base, properties: { a: { enum: ["y", "x"] } } }, "x")).toBe('{ a: "x" | "y" }');
    expect(
      schemaShape({ ...base, properties: { a: { type: "array", items: { type: "integer" } } } }, "x"),
    ).toBe("{ a: number[] }");
    expect(
      schemaShape({ type: "object", additionalProperties: { type: "object", properties: { u: base } } }, "x"),
    ).toBe("{ [key]: { u?: { a: string } } }");
  });
});
