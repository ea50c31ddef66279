/** Small schemas in the project's conventions, for validator tests independent of the real data. */
export const miniSchemas: Record<string, string> = {
  "defs.schema.json": JSON.stringify({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "defs.schema.json",
    $defs: {
      date: { type: "string", format: "partial-date" },
      sourceIds: { type: "array", minItems: 1, items: { type: "string", "x-foreignKey": "sources.id" } },
    },
  }),
  "sources.schema.json": JSON.stringify({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "sources.schema.json",
    type: "object",
    "x-primaryKey": "id",
    required: ["id", "title"],
    additionalProperties: false,
    properties: {
      id: { type: "string", pattern: "^[a-z0-9-]+$" },
      title: { type: "string" },
      url: { type: "string", format: "uri" },
    },
  }),
  "activities.schema.json": JSON.stringify({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "activities.schema.json",
    type: "object",
    "x-primaryKey": "id",
    required: ["id", "type", "source_ids"],
    additionalProperties: false,
    properties: {
      id: { type: "string" },
      type: { enum: ["training", "workshop"] },
      start_date: { $ref: "defs.schema.json#/$defs/date" },
      end_date: { $ref: "defs.schema.json#/$defs/date" },
      recipient_countries: { type: "array", items: { type: "string", "x-foreignKey": "ref:countries" } },
      provinces: { type: "array", items: { type: "string", "x-foreignKey": "ref:provinces" } },
      participants_total: { type: "integer", minimum: 0 },
      participants_female: { type: "integer", minimum: 0 },
      source_ids: { $ref: "defs.schema.json#/$defs/sourceIds" },
      title: { type: "string", maxLength: 60 },
      code: { type: "string", "x-unique": true },
      regencies: { type: "array", items: { type: "string", "x-foreignKey": "ref:regencies" } },
      tags: { type: "array", uniqueItems: true, maxItems: 3, items: { type: "string" } },
      funded: { type: "boolean" },
      amount: { type: "number" },
      contact: { type: "string", "x-personalData": true },
      modality: { enum: ["south-south", "triangular"] },
      partner_orgs: { type: "array", items: { type: "string" } },
      participants_parts: { type: "array", items: { type: "integer" } },
    },
    dependentRequired: { participants_female: ["participants_total"] },
  }),
  "plans.schema.json": JSON.stringify({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "plans.schema.json",
    type: "object",
    "x-primaryKey": "id",
    required: ["id"],
    properties: {
      id: { type: "string" },
      period_start: { $ref: "defs.schema.json#/$defs/date" },
      period_end: { $ref: "defs.schema.json#/$defs/date" },
    },
  }),
  "commitments.schema.json": JSON.stringify({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "commitments.schema.json",
    type: "object",
    "x-primaryKey": "id",
    required: ["id", "action_plan"],
    additionalProperties: false,
    properties: {
      id: { type: "string" },
      action_plan: { type: "string", "x-foreignKey": "plans.id" },
      open: { type: "boolean" },
      milestones: {
        type: "array",
        items: {
          type: "object",
          properties: { id: { type: "string" }, due_date: { $ref: "defs.schema.json#/$defs/date" } },
        },
      },
    },
  }),
  "notes.schema.json": JSON.stringify({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "notes.schema.json",
    type: "object",
    "x-primaryKey": "id",
    required: ["id", "source_ids"],
    properties: {
      id: { type: "string" },
      items: {
        type: "array",
        items: {
          type: "object",
          properties: {
            evidence: { type: "array", items: { type: "string", "x-foreignKey": "sources.id" } },
          },
        },
      },
      conflicts_with: { type: "array", items: { type: "string", "x-foreignKey": "notes.id" } },
      source_ids: { $ref: "defs.schema.json#/$defs/sourceIds" },
    },
  }),
};

/** A catalog naming the mini datasets. */
export const miniCatalog = JSON.stringify({
  datasets: [
    {
      name: "sources",
      path: "sources.csv",
      schema: "sources.schema.json",
      title: { id: "Sumber", en: "Sources" },
    },
    {
      name: "activities",
      path: "activities.csv",
      schema: "activities.schema.json",
      title: { id: "Kegiatan", en: "Activities" },
    },
    { name: "notes", path: "notes.json", schema: "notes.schema.json", title: { id: "Catatan", en: "Notes" } },
    {
      name: "commitments",
      path: "commitments.json",
      schema: "commitments.schema.json",
      title: { id: "Komitmen", en: "Commitments" },
    },
    { name: "plans", path: "plans.json", schema: "plans.schema.json", title: { id: "Rencana", en: "Plans" } },
  ],
});

/** Valid data for the mini schemas; tests change one file at a time. */
export const miniData: Record<string, string> = {
  "catalog.json": miniCatalog,
  "sources.csv": "id,title,url\ns1,An article,https://example.org/a\ns2,A report,\n",
  "activities.csv":
    "id,type,start_date,end_date,recipient_countries,provinces,participants_total,participants_female,source_ids\n" +
    "a1,training,2017-03-15,2017-04-30,ZW;AO,32,12,,s1\n" +
    "a2,workshop,2016-05,,TZ,,,,s1;s2\n",
  "notes.json": JSON.stringify([{ id: "n1", items: [{ evidence: ["s1"] }], source_ids: ["s2"] }]),
  "plans.json": JSON.stringify([{ id: "p1", period_start: "2018", period_end: "2020" }]),
  "commitments.json": JSON.stringify(
    [{ id: "c1", action_plan: "p1", open: true, milestones: [{ id: "m1", due_date: "2019-06" }] }],
    null,
    2,
  ),
};
