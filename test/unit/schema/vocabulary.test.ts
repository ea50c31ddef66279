import { describe, expect, it } from "vitest";
import { createAjv } from "../../../src/lib/schema/createAjv.ts";
import {
  bilingualColumnLang,
  enumLabel,
  fieldDescription,
  fieldLabel,
  foreignKeyOf,
  isCode,
  isFreeText,
  isPartialDate,
  primaryKeyFields,
  primaryKeyOf,
} from "../../../src/lib/schema/vocabulary.ts";

describe("the schema vocabulary as ajv keywords", () => {
  it.each([
    ["x-primaryKey", "id"],
    ["x-primaryKey", ["plan", "id"]],
    ["x-foreignKey", "organisations.id"],
    ["x-foreignKey", "ref:countries"],
    ["x-unique", true],
    ["x-personalData", true],
    ["x-label", { id: "Judul", en: "Title" }],
    ["x-description-id", "Judul kegiatan."],
    ["x-enumLabels", { training: { id: "Pelatihan", en: "Training" } }],
    ["x-derived", { en: "Derived from the partners." }],
  ])("accepts %s: %j", (keyword, value) => {
    expect(() => createAjv().compile({ type: "string", [keyword]: value })).not.toThrow();
  });

  it.each([
    ["x-primaryKey", 1],
    ["x-foreignKey", "organisations"],
    ["x-foreignKey", 3],
    ["x-unique", "yes"],
    ["x-label", { id: "Judul" }],
    ["x-label", { en: "Title", fr: "Titre" }],
    ["x-enumLabels", { training: "Training" }],
    ["x-derived", "derived"],
  ])("refuses a malformed %s: %j", (keyword, value) => {
    expect(() => createAjv().compile({ type: "string", [keyword]: value })).toThrow(keyword);
  });

  it("refuses an x- keyword outside the vocabulary", () => {
    expect(() => createAjv().compile({ type: "string", "x-lable": { en: "Title" } })).toThrow(/x-lable/);
  });
});

describe("reading the vocabulary", () => {
  const node = {
    type: "string",
    enum: ["training"],
    description: "The title.",
    "x-description-id": "Judul.",
    "x-label": { id: "Judul", en: "Title" },
    "x-enumLabels": { training: { id: "Pelatihan", en: "Training" } },
  };

  it("reads labels, descriptions and code labels in each language, with fallbacks", () => {
    expect(fieldLabel(node, "title", "id")).toBe("Judul");
    expect(fieldLabel({}, "title", "id")).toBe("title");
    expect(fieldDescription(node, "id")).toBe("Judul.");
    expect(fieldDescription(node, "en")).toBe("The title.");
    expect(enumLabel(node, "training", "id")).toBe("Pelatihan");
    expect(enumLabel(node, "workshop", "id")).toBe("workshop");
  });

  it("reads keys and references, on the node or on its list items", () => {
    expect(primaryKeyOf({ "x-primaryKey": "id" })).toBe("id");
    expect(primaryKeyOf({ "x-primaryKey": ["a", "b"] })).toBeUndefined();
    expect(primaryKeyFields({ "x-primaryKey": ["a", "b"] })).toEqual(["a", "b"]);
    expect(foreignKeyOf({ type: "array" }, { "x-foreignKey": "sources.id" })).toBe("sources.id");
    expect(foreignKeyOf({ "x-foreignKey": 3 })).toBeUndefined();
  });

  it("tells the kinds of field", () => {
    expect(isPartialDate({ $ref: "defs.schema.json#/$defs/date" }, { type: "string" })).toBe(true);
    expect(isPartialDate({ type: "string" }, { type: "string", format: "partial-date" })).toBe(true);
    expect(isPartialDate({ type: "string", format: "date" })).toBe(false);
    expect(isFreeText({ type: "string" })).toBe(true);
    expect(isFreeText({ type: "string", enum: ["a"] })).toBe(false);
    expect(isCode({ type: "string", pattern: "^[a-z]+$" })).toBe(true);
    const properties = {
      title_id: {},
      title_en: {},
      organisation_id: { "x-foreignKey": "organisations.id" },
    };
    expect(bilingualColumnLang("title_id", properties)).toBe("id");
    expect(bilingualColumnLang("organisation_id", properties)).toBeUndefined();
  });
});
