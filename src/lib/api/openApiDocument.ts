import type { JsonSchema } from "../schema/jsonSchema.ts";
import type { ApiCollection } from "./apiDocuments.ts";

// The OpenAPI 3.1 description of the static JSON API. OpenAPI 3.1's Schema Object is JSON Schema
// 2020-12, the dialect of schemas/, so each record schema is the one the data was validated with,
// bundled into components (their `$ref`s to defs.schema.json rewritten to `#/components/schemas/defs.<name>`).

/** What the OpenAPI document says about the API as a whole. */
export interface OpenApiInfo {
  title: string;
  description: string;
  version: string;
  licence: { id: string; url: string };
  /** The API's root: `/api/v1` or an absolute URL. */
  server: string;
}

const defsFile = "defs.schema.json";

/** Rewrites a schema's `$ref`s to shared definitions as references into the OpenAPI components. */
function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "$id" || key === "$schema") continue;
    if (key === "$ref" && typeof value === "string") {
      const match = /^(?:defs\.schema\.json)?#\/\$defs\/([\w.-]+)$/.exec(value);
      if (!match) throw new Error(`Cannot bundle the schema reference ${value} into the OpenAPI document.`);
      out[key] = `#/components/schemas/defs.${match[1]}`;
    } else out[key] = rewriteRefs(value);
  }
  return out;
}

/** Bundles the record schemas and the shared definitions as OpenAPI components. */
export function bundledSchemas(
  schemas: Readonly<Record<string, JsonSchema>>,
  records: Readonly<Record<string, string>>,
): Record<string, unknown> {
  const components: Record<string, unknown> = {};
  const defs = (schemas[defsFile]?.$defs ?? {}) as Record<string, unknown>;
  for (const [name, def] of Object.entries(defs)) components[`defs.${name}`] = rewriteRefs(def);
  for (const [collection, file] of Object.entries(records)) {
    const schema = schemas[file];
    if (!schema) throw new Error(`No schema ${file} for the API collection ${collection}.`);
    components[collection] = rewriteRefs(schema);
  }
  return components;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** A JSON object schema with exactly these properties, all required unless `optional` names them. */
function closedObject(
  properties: Record<string, unknown>,
  optional: readonly string[] = [],
): Record<string, unknown> {
  return {
    type: "object",
    required: Object.keys(properties).filter((key) => !optional.includes(key)),
    additionalProperties: false,
    properties,
  };
}

/** A URL or a site-relative path (links are absolute only when the site's address is known). */
const link = { type: "string", format: "uri-reference" } as const;

/** The parts of every response, shared by all collections. */
const envelopeSchemas = {
  Meta: {
    type: "object",
    required: ["version", "license"],
    properties: {
      version: { type: "string", description: "The data version: a release number, or one plus a digest." },
      license: { type: "string", format: "uri-reference" },
    },
  },
  RecordMeta: {
    allOf: [
      ref("Meta"),
      {
        type: "object",
        required: ["collection", "id"],
        properties: { collection: { type: "string" }, id: { type: "string" } },
      },
    ],
  },
  PageMeta: {
    allOf: [
      ref("Meta"),
      {
        type: "object",
        required: ["collection", "page", "pageSize", "totalItems", "totalPages"],
        properties: {
          collection: { type: "string" },
          page: { type: "integer", minimum: 1 },
          pageSize: { type: "integer", minimum: 1 },
          totalItems: { type: "integer", minimum: 0 },
          totalPages: { type: "integer", minimum: 1 },
        },
      },
    ],
  },
  RecordLinks: {
    type: "object",
    required: ["self", "collection"],
    additionalProperties: false,
    properties: {
      self: { type: "string", format: "uri-reference" },
      collection: { type: "string", format: "uri-reference" },
      html: {
        type: "object",
        description: "The record's page on the site, in Bahasa Indonesia and English.",
        additionalProperties: false,
        properties: {
          id: { type: "string", format: "uri-reference" },
          en: { type: "string", format: "uri-reference" },
        },
      },
    },
  },
  PageLinks: {
    type: "object",
    required: ["self", "first", "last"],
    additionalProperties: false,
    properties: Object.fromEntries(
      ["self", "first", "last", "prev", "next"].map((k) => [k, { type: "string", format: "uri-reference" }]),
    ),
  },
  Bilingual: {
    type: "object",
    properties: { id: { type: "string" }, en: { type: "string" } },
  },
  Index: closedObject({
    data: {
      type: "array",
      items: closedObject({
        name: { type: "string" },
        title: ref("Bilingual"),
        totalItems: { type: "integer", minimum: 0 },
        href: link,
      }),
    },
    meta: ref("Meta"),
    links: closedObject({ self: link, openapi: link }),
  }),
} as const;

/** The schema names of a collection's responses. */
function responseNames(collection: string): { record: string; page: string } {
  return { record: `${collection}.record`, page: `${collection}.page` };
}

function responseSchemas(collection: string): Record<string, unknown> {
  const names = responseNames(collection);
  return {
    [names.record]: closedObject({
      data: ref(collection),
      meta: ref("RecordMeta"),
      links: ref("RecordLinks"),
    }),
    [names.page]: closedObject({
      data: {
        type: "array",
        items: closedObject({ id: { type: "string" }, href: link, record: ref(collection) }),
      },
      meta: ref("PageMeta"),
      links: ref("PageLinks"),
    }),
  };
}

function jsonResponse(description: string, schema: string): Record<string, unknown> {
  return { description, content: { "application/json": { schema: ref(schema) } } };
}

const notFound = { description: "No such file: the id or page does not exist (the static host's 404)." };

/**
 * Writes the OpenAPI 3.1 document of the API: the index, and for each collection its list pages
 * and its records, with response schemas built on the record schemas in `components` (see
 * `bundledSchemas`; a collection without a bundled schema needs one in `components`).
 */
export function openApiDocument(
  info: OpenApiInfo,
  collections: readonly ApiCollection[],
  components: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const paths: Record<string, unknown> = {
    "/index.json": {
      get: {
        operationId: "index",
        summary: "Every collection, its size and first page",
        responses: { "200": jsonResponse("The index.", "Index") },
      },
    },
  };
  const schemas: Record<string, unknown> = { ...envelopeSchemas, ...components };
  for (const c of collections) {
    const names = responseNames(c.name);
    Object.assign(schemas, responseSchemas(c.name));
    paths[`/${c.name}/page/{page}.json`] = {
      get: {
        operationId: `list-${c.name}`,
        summary: `${c.title.en}: one page of the list`,
        ...(c.description.en ? { description: c.description.en } : {}),
        tags: [c.name],
        parameters: [
          {
            name: "page",
            in: "path",
            required: true,
            description: "Page number, from 1 to meta.totalPages.",
            schema: { type: "integer", minimum: 1 },
          },
        ],
        responses: { "200": jsonResponse(`A page of ${c.name}.`, names.page), "404": notFound },
      },
    };
    paths[`/${c.name}/{id}.json`] = {
      get: {
        operationId: `get-${c.name}`,
        summary: `${c.title.en}: one record by its id`,
        tags: [c.name],
        parameters: [
          {
            name: "id",
            in: "path",
            required: true,
            description: "The record's id (URL-encoded).",
            schema: { type: "string" },
          },
        ],
        responses: { "200": jsonResponse(`One record of ${c.name}.`, names.record), "404": notFound },
      },
    };
  }
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: info.title,
      description: info.description,
      version: info.version,
      license: { name: info.licence.id, identifier: info.licence.id },
    },
    servers: [{ url: info.server }],
    tags: collections.map((c) => ({ name: c.name, description: c.title.en })),
    paths,
    components: { schemas },
  };
}
