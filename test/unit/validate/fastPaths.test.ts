// The validator's fast paths against the plain ones they replace: each must find exactly the same.
import type { DataValidationCxt } from "ajv/dist/types/index.js";
import { beforeAll, describe, expect, it } from "vitest";
import { seeded } from "../../../bench/seeded.ts";
import { hashRow } from "../../../src/lib/csv/rowHash.ts";
import type { Issue } from "../../../src/lib/issue.ts";
import type { Reference } from "../../../src/lib/reference/referenceList.ts";
import { KeyIndex } from "../../../src/lib/rules/keyIndex.ts";
import { findPersonalData } from "../../../src/lib/rules/personalData.ts";
import { type DatasetInfo, firstRowOf } from "../../../src/lib/rules/rule.ts";
import { createAjv, lengthsAreExactInUtf16 } from "../../../src/lib/schema/createAjv.ts";
import { fieldInfos } from "../../../src/lib/schema/fieldInfo.ts";
import type { JsonSchema } from "../../../src/lib/schema/jsonSchema.ts";
import { propertyValidators, validationContext } from "../../../src/lib/schema/propertyValidators.ts";
import { mayHoldPersonalData } from "../../../src/lib/text/personalDataCue.ts";
import { ColumnReader, worthRemembering } from "../../../src/lib/validate/columnReader.ts";
import { readCsvDataset } from "../../../src/lib/validate/readCsvDataset.ts";
import { recordValidator } from "../../../src/lib/validate/recordValidator.ts";
import { validateFolder } from "../../../src/lib/validate/validateFolder.ts";
import { loadReference } from "../../../src/node/loadReference.ts";
import { memoryIO } from "../../helpers/memoryIO.ts";
import { miniData, miniSchemas } from "../../helpers/miniSchemas.ts";

const tableSchema: JsonSchema = {
  $id: "t.schema.json",
  type: "object",
  required: ["id", "kind"],
  additionalProperties: false,
  properties: {
    id: { type: "string", pattern: "^[a-z0-9-]+$" },
    kind: { enum: ["a", "b"] },
    title: { type: "string", maxLength: 4 },
    total: { type: "integer", minimum: 0 },
    female: { type: "integer", minimum: 0 },
    share: { type: "number", maximum: 1 },
    open: { type: "boolean" },
    tags: { type: "array", items: { type: "string", pattern: "^[A-Z]{2}$" }, uniqueItems: true, maxItems: 3 },
    day: { type: "string", format: "date" },
  },
  dependentRequired: { female: ["total"] },
};

/** Reads a CSV with the record schema split by property (fast) or validated whole (plain), collecting what comes out. */
async function readBoth(schema: JsonSchema, csv: string) {
  const id = schema.$id as string;
  const registry = new Map([[id, schema]]);
  const full = createAjv({ strict: false });
  const fast = createAjv({ strict: false, allErrors: false, unicode: !lengthsAreExactInUtf16([schema]) });
  full.addSchema(schema, id);
  fast.addSchema(schema, id);
  const run = async (split: boolean) => {
    const info: DatasetInfo = {
      name: "t",
      entry: { name: "t", path: "t.csv", schema: id, title: { id: "t", en: "t" } },
      schema,
      format: "csv",
      fields: fieldInfos(schema, registry),
      references: new Set(),
    };
    const issues: Issue[] = [];
    const records: unknown[] = [];
    const valuesSeen: unknown[] = [];
    // Split as validateFolder splits it: each validator called with one shared context.
    const properties = split ? propertyValidators(fast, id, schema, validationContext([schema])) : undefined;
    if (split) expect(properties?.context).toBeDefined();
    const rows = await readCsvDataset({
      info,
      io: { readFile: async () => new TextEncoder().encode(csv) },
      validate: recordValidator(fast.getSchema(id) as never, full.getSchema(id) as never),
      ...(properties ? { properties, shareValues: true } : {}),
      issues,
      onRecord: (context) => {
        records.push(context.record);
        valuesSeen.push(context.values);
      },
    });
    return { rows, issues, records, valuesSeen };
  };
  return { fast: await run(true), plain: await run(false) };
}

const header = "id,kind,title,total,female,share,open,tags,day";

describe("CSV rows checked property by property give the same issues and records as whole records", () => {
  describe.each([
    ["valid rows", ["x1,a,ab,3,1,0.5,true,ZW;AO,2024-02-29", "x2,b,,,,,,,"]],
    ["a required cell left empty", ["x1,,ab,3,1,0.5,true,ZW,2024-02-29", ",a,,,,,,,"]],
    ["blank and whitespace cells", ["x1,a,  ,3, ,0.5, ,ZW,", "x2,b,\t,,,,,,"]],
    ["dependentRequired broken", ["x1,a,,,2,,,,"]],
    ["wrong types", ["x1,a,ab,3.5,x,1.000,Ya,ZW,31/12/2023", "x2,a,,-1,,2,TRUE,,"]],
    ["enum, pattern, format", ["X 1,c,ab,,,,,,2023-02-30", "x2,A,,,,,,zw,2023-13-01"]],
    [
      "lists: duplicates, too many, bad items",
      ["x1,a,,,,,,ZW;ZW,", "x2,a,,,,,,AA;BB;CC;DD,", "x3,a,,,,,,ZW;;AO,"],
    ],
    ["lengths counted in code points", ["x1,a,😀😀😀😀,,,,,,", "x2,a,😀😀😀😀😀,,,,,,", "x3,a,abcde,,,,,,"]],
    ["too few and too many cells", ["x1,a", "x2,b,,,,,,,,extra"]],
  ])("%s", (_name, rows) => {
    it("matches", async () => {
      const { fast, plain } = await readBoth(tableSchema, `${header}\n${rows.join("\n")}\n`);
      expect(fast.issues).toEqual(plain.issues);
      expect(fast.records).toEqual(plain.records);
      expect(fast.rows).toBe(plain.rows);
    });
  });

  it("matches with a required column missing from the header and a column named twice", async () => {
    const csv = "kind,title,title,total\na,ab,cd,1\nb,,,x\n";
    const { fast, plain } = await readBoth(tableSchema, csv);
    expect(fast.issues).toEqual(plain.issues);
    expect(fast.records).toEqual(plain.records);
  });

  it("matches on thousands of generated rows, where columns remember and forget their verdicts", async () => {
    const random = seeded(7);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const rows = Array.from({ length: 3000 }, (_, i) =>
      [
        // Unique ids (a column that stops remembering), some invalid.
        random() < 0.01 ? `X${i}` : `x${i}`,
        pick(["a", "b", "c", ""]),
        pick(["", "ab", "abcde", "😀😀😀😀"]),
        pick(["", "3", "-1", "2.5"]),
        pick(["", "1", "4"]),
        pick(["", "0.5", "1.5", "1,5"]),
        pick(["", "true", "false", "Ya"]),
        pick(["", "ZW", "ZW;AO", "ZW;ZW", "zw", "AA;BB;CC;DD"]),
        pick(["", "2024-02-29", "2023-02-29", "2023-1-1"]),
      ].join(","),
    );
    const { fast, plain } = await readBoth(tableSchema, `${header}\n${rows.join("\n")}\n`);
    expect(plain.issues.length).toBeGreaterThan(100);
    expect(fast.issues).toEqual(plain.issues);
    expect(fast.records).toEqual(plain.records);
  });

  it("gives rules each column's typed value, the record's value under that column's name", async () => {
    const { fast } = await readBoth(tableSchema, `${header}\nx1,a,ab,3,,0.5,true,ZW;AO,\n`);
    expect(fast.valuesSeen[0]).toEqual(["x1", "a", "ab", 3, undefined, 0.5, true, ["ZW", "AO"], undefined]);
  });
});

describe("propertyValidators", () => {
  const ajvWith = (schema: JsonSchema) => {
    const ajv = createAjv({ strict: false, allErrors: false });
    ajv.addSchema(schema, "s.json");
    return ajv;
  };
  const base = { $id: "s.json", type: "object", properties: { a: { type: "string" } } };

  it.each([
    ["allOf", { allOf: [{ required: ["a"] }] }],
    ["if/then", JSON.parse('{ "if": { "required": ["a"] }, "then": { "required": ["b"] } }')],
    ["minProperties", { minProperties: 1 }],
    ["patternProperties", { patternProperties: { "^a$": { minLength: 2 } } }],
    ["propertyNames", { propertyNames: { maxLength: 1 } }],
    ["unevaluatedProperties", { unevaluatedProperties: false }],
    ["a $ref beside the properties", { $ref: "#/$defs/x", $defs: { x: {} } }],
    ["a type other than object", { type: "array" }],
  ])("keeps the whole-record validator for %s", (_name, extra) => {
    const schema = { ...base, ...extra } as JsonSchema;
    expect(propertyValidators(ajvWith(schema), "s.json", schema)).toBeUndefined();
  });

  it("splits the project's record schemas, with property names that need escaping", () => {
    const schema: JsonSchema = {
      $id: "s.json",
      title: "t",
      "x-primaryKey": "a/b",
      type: "object",
      required: ["a/b"],
      additionalProperties: false,
      dependentRequired: { "c~d": ["a/b"] },
      properties: { "a/b": { type: "integer" }, "c~d": { type: "string" }, "e f%": { const: 1 } },
    };
    const split = propertyValidators(ajvWith(schema), "s.json", schema);
    expect(split?.required).toEqual(["a/b"]);
    expect(split?.dependentRequired).toEqual([["c~d", ["a/b"]]]);
    expect(split?.byName.get("a/b")?.(1)).toBe(true);
    expect(split?.byName.get("a/b")?.("1")).toBe(false);
    expect(split?.byName.get("c~d")?.("x")).toBe(true);
    expect(split?.byName.get("e f%")?.(2)).toBe(false);
  });

  it("shares one call context only where no schema has a $dynamicAnchor (ajv writes into it)", () => {
    const anchored: JsonSchema = {
      $id: "d.json",
      $defs: { list: { $dynamicAnchor: "item", type: "array", items: { $dynamicRef: "#item" } } },
    };
    expect(validationContext([tableSchema, anchored])).toBeUndefined();
    expect(
      validationContext([tableSchema, { $id: "e.json", description: "$dynamicAnchor in text" }]),
    ).toBeDefined();
    const context = validationContext([tableSchema]);
    const ajv = createAjv({ strict: false, allErrors: false });
    ajv.addSchema(tableSchema, "t.schema.json");
    const split = propertyValidators(ajv, "t.schema.json", tableSchema, context);
    expect(split?.context).toBe(context);
    const values: Array<[string, unknown]> = [
      ["id", "x1"],
      ["id", "X 1"],
      ["id", 3],
      ["kind", "a"],
      ["kind", "c"],
      ["title", "abcde"],
      ["total", 3],
      ["total", -1],
      ["total", 1.5],
      ["share", 1],
      ["share", 2],
      ["open", true],
      ["open", "Ya"],
      ["tags", ["ZW", "AO"]],
      ["tags", ["ZW", "ZW"]],
      ["tags", ["AA", "BB", "CC", "DD"]],
      ["day", "2024-02-29"],
      ["day", "2023-02-29"],
    ];
    for (const [name, value] of values) {
      const validate = split?.byName.get(name);
      // The same verdict with the shared context as with none, in any order, and the context stays as it was.
      expect(validate?.(value, context as DataValidationCxt), `${name} ${JSON.stringify(value)}`).toBe(
        validate?.(value),
      );
    }
    expect(context).toEqual({ instancePath: "", dynamicAnchors: {} });
  });
});

describe("firstRowOf on a key index that remembers its last answer", () => {
  it.each([[new Map<unknown, number>()], [new KeyIndex()]])(
    "gives the first row of each value (%o)",
    (index) => {
      const calls: Array<[unknown, number, number]> = [
        ["a", 2, 2],
        ["a", 2, 2],
        ["b", 3, 3],
        ["a", 4, 2],
        ["a", 4, 2],
        [1, 5, 5],
        ["1", 6, 6],
        [1, 7, 5],
        ["b", 8, 3],
      ];
      for (const [value, row, first] of calls) expect(firstRowOf(index, value, row)).toBe(first);
      expect(index.size).toBe(4);
    },
  );
});

describe("ColumnReader", () => {
  const lists = (text: string) => (text.trim() === "" ? undefined : text.split(";"));

  it("gives the validator's verdicts, reading and checking each text once in a column of repeated lists", () => {
    let reads = 0;
    let calls = 0;
    const reader = new ColumnReader(
      (text) => {
        reads += 1;
        return lists(text);
      },
      (value) => {
        calls += 1;
        return (value as string[]).every((item) => item === "ok");
      },
      { remember: true, share: true },
    );
    const texts = Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? "ok;ok" : `ok;bad${i % 7}`));
    for (const text of texts) {
      expect(reader.read(text)).toEqual(text.split(";"));
      expect(reader.valid).toBe(text === "ok;ok");
    }
    expect(calls).toBe(new Set(texts).size);
    expect(reads).toBe(new Set(texts).size);
  });

  it("hands rows with the same text one frozen list when they may share it, and a list of its own to a row read once", () => {
    const reader = new ColumnReader(lists, () => true, { remember: true, share: true });
    const first = reader.read("a;b") as string[];
    const second = reader.read("a;b") as string[];
    expect(reader.read("a;b")).toBe(second);
    expect(Object.isFrozen(second)).toBe(true);
    expect(() => second.push("c")).toThrow(TypeError);
    // The first row's list was read for it alone (the shared one is a copy that keeps no chunk alive).
    expect(Object.isFrozen(first)).toBe(false);
    const apart = new ColumnReader(lists, () => true, { remember: true, share: false });
    apart.read("a;b");
    expect(Object.isFrozen(apart.read("a;b"))).toBe(false);
  });

  it("reads each row's own value when rows may not share them, still checking each text once", () => {
    let calls = 0;
    const reader = new ColumnReader(lists, () => ++calls > 0, { remember: true, share: false });
    const first = reader.read("a;b");
    const second = reader.read("a;b");
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(calls).toBe(1);
  });

  it("stops remembering in a column of unique values, and still gives the validator's verdicts", () => {
    let calls = 0;
    const reader = new ColumnReader(
      (text) => text,
      (value) => {
        calls += 1;
        return String(value).endsWith("0");
      },
      { remember: true, share: true },
    );
    for (let i = 0; i < 5000; i += 1) {
      reader.read(`id${i}`);
      expect(reader.valid).toBe(i % 10 === 0);
    }
    for (let i = 0; i < 100; i += 1) {
      reader.read("id0");
      expect(reader.valid).toBe(true);
    }
    expect(calls).toBe(5100);
  });

  it("does not check a blank cell, which has no value", () => {
    const reader = new ColumnReader(lists, () => false, { remember: true, share: true });
    expect(reader.read("  ")).toBeUndefined();
    expect(reader.valid).toBe(true);
    reader.read("x");
    expect(reader.valid).toBe(false);
  });

  it.each([
    [{ type: "string", minLength: 1 }, false],
    [{ type: "string", enum: ["a", "b"] }, false],
    [{ type: "integer", minimum: 0 }, false],
    [{ type: "string", pattern: "^[A-Z]{2}$" }, false],
    [{ type: "string", format: "partial-date" }, true],
    [{ type: "array", items: { type: "string" } }, true],
    [{ enum: Array.from({ length: 40 }, (_, i) => `c${i}`) }, true],
    [{ anyOf: [{ type: "string", format: "uri" }, { type: "integer" }] }, true],
  ])("remembers verdicts only where checking costs more than a look-up: %j", (node, expected) => {
    expect(worthRemembering(node as JsonSchema)).toBe(expected);
  });
});

// The detectors as they were before the one-pass gate: tried on every text, without any gate.
const webmail =
  "gmail|googlemail|yahoo|ymail|rocketmail|hotmail|outlook|live|msn|icloud|me|aol|proton|protonmail|gmx|mail|zoho|yandex";
const reference: ReadonlyArray<readonly [string, RegExp]> = [
  ["nik", /(?<![\d.])(?:1[1-9]|[2-8]\d|9[0-6])\d{14}(?!\d|\.\d)/g],
  ["phone", /(?<![\w+.])(?:\+62|\(\+62\)|62(?=8))[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,5}){2,3}(?!\d|\.\d)/g],
  ["phone", /(?<![\w.+])08\d{1,2}(?:[\s.-]?\d{3,5}){2}(?!\d|\.\d)/g],
  ["email", new RegExp(`[\\w.+-]+@(?:${webmail})\\.[a-z]{2,}(?:\\.[a-z]{2,})?\\b`, "gi")],
];
function mask(found: string): string {
  if (found.length <= 6) return "*".repeat(found.length);
  return `${found.slice(0, 2)}${found.slice(2, -2).replace(/[^\s@.-]/g, "*")}${found.slice(-2)}`;
}
function referenceFind(text: string): { kinds: string[]; masked: string } | undefined {
  const kinds: string[] = [];
  let masked = text;
  for (const [kind, pattern] of reference) {
    pattern.lastIndex = 0;
    if (!pattern.test(masked)) continue;
    if (!kinds.includes(kind)) kinds.push(kind);
    masked = masked.replace(pattern, mask);
  }
  return kinds.length === 0 ? undefined : { kinds, masked };
}

describe("the personal-data gate skips only text no detector can match", () => {
  it.each([
    "NIK 3201234567890001",
    "nik:3201234567890001.",
    "1234567890123456",
    "9712345678901234",
    "hubungi 0812-3456-7890",
    "(0812) 3456 7890",
    "tel. +62 21 3456 7890",
    "(+62)812-3456-789",
    "6281234567",
    "62812345",
    "x62812345678",
    "WA 081234567890",
    "08123456789",
    "kontak: budi.santoso@gmail.com",
    "ani@yahoo.co.id",
    "humas@bappenas.go.id",
    "@",
    "62 peserta dari 12 negara",
    "1062 peserta, 2008 orang",
    "ISBN 978-602-1234-56-7",
    "Pelatihan untuk 1250 peserta pada 2019",
    "kode 08",
    "2008-06-30 s.d. 2009-06-30",
    "Rp 62.000.000.000",
    "",
  ])("%j", (text) => {
    const expected = referenceFind(text);
    if (expected) expect(mayHoldPersonalData(text)).toBe(true);
    expect(findPersonalData(text)).toEqual(expected);
  });

  it("agrees with the gate as a regular expression on digit runs of every length at every offset", () => {
    const cue = /@|(?<!\d)(?:62|08)|\d{16}/;
    for (let offset = 0; offset < 40; offset += 1) {
      for (let run = 10; run <= 20; run += 1) {
        for (const filler of ["x", "1.", "9 9"]) {
          const text = `${filler.repeat(offset).slice(0, offset)}${"7".repeat(run)}${filler.repeat(5)}`;
          expect(mayHoldPersonalData(text)).toBe(cue.test(text));
        }
      }
    }
  });

  it("on generated text made of digits, separators, prefixes and addresses", () => {
    const random = seeded(2024);
    const pieces = [
      "0",
      "8",
      "6",
      "2",
      "1",
      "9",
      "62",
      "08",
      "+62",
      "(+62)",
      "-",
      ".",
      " ",
      "(",
      ")",
      "a",
      "@",
    ];
    const tails = ["gmail.com", "yahoo.co.id", "kemlu.go.id", "", "", ""];
    let flagged = 0;
    for (let n = 0; n < 20000; n += 1) {
      const length = 1 + Math.floor(random() * 24);
      let text = "";
      for (let i = 0; i < length; i += 1) text += pieces[Math.floor(random() * pieces.length)];
      text += tails[Math.floor(random() * tails.length)];
      const expected = referenceFind(text);
      if (expected) flagged += 1;
      if (expected && !mayHoldPersonalData(text)) throw new Error(`the gate skipped ${text}`);
      expect(findPersonalData(text)).toEqual(expected);
    }
    // The generator must reach the detectors often enough to mean something.
    expect(flagged).toBeGreaterThan(1000);
  });
});

describe("the personal-data rule looks at a CSV row's free text at once, and finds what each cell holds", () => {
  let reference: Reference;
  beforeAll(async () => {
    reference = await loadReference();
  });

  it("on generated rows whose cues sit at the ends of cells and in list items", async () => {
    const random = seeded(99);
    const pieces = [
      "6",
      "2",
      "0",
      "8",
      "62",
      "08",
      "81234",
      "567890",
      "3201234567890001",
      "@",
      "gmail.com",
      "a",
      " ",
    ];
    const text = () => {
      let out = "";
      const length = Math.floor(random() * 8);
      for (let i = 0; i < length; i += 1) out += pieces[Math.floor(random() * pieces.length)];
      return out.replaceAll(";", "").trim();
    };
    const header = "id,type,source_ids,title,code,tags,contact";
    const rows: string[][] = Array.from({ length: 3000 }, (_, i) => [
      `a${i}`,
      "training",
      "s1",
      text().slice(0, 60),
      text(),
      [text(), text()].filter((t) => t !== "").join(";"),
      text(),
    ]);
    const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
    const csv = `${header}\n${rows.map((cells) => cells.map(quote).join(",")).join("\n")}\n`;
    const result = await validateFolder({
      dataIO: memoryIO({ ...miniData, "activities.csv": csv }),
      schemaIO: memoryIO(miniSchemas),
      reference,
      now: new Date("2025-06-30"),
    });
    const found = result.issues
      .filter((issue) => issue.code === "personal-data")
      .map((issue) => [issue.row, issue.pointer ?? `/${issue.column}`, issue.value]);
    // Each free-text cell (and list item) on its own, as the rule searched them before; contact may hold it.
    const expected: unknown[] = [];
    rows.forEach((cells, i) => {
      const [, , , title = "", code = "", tags = ""] = cells;
      const texts: Array<[string, string]> = [
        ["/title", title],
        ["/code", code],
        ...tags.split(";").map((tag, k): [string, string] => [`/tags/${k}`, tag.trim()]),
      ];
      for (const [pointer, value] of texts) {
        const hit = value.length >= 8 ? findPersonalData(value) : undefined;
        if (hit) expected.push([i + 2, pointer.startsWith("/tags") ? "/tags" : pointer, hit.masked]);
      }
    });
    expect(expected.length).toBeGreaterThan(100);
    expect(found.map(([row, pointer, value]) => [row, String(pointer).replace(/\/\d+$/, ""), value])).toEqual(
      expected,
    );
  });
});

describe("hashRow", () => {
  it.each([
    [["a", "b"], ["a", "b"], true],
    [["ab", "c"], ["a", "bc"], false],
    [["a", ""], ["", "a"], false],
    [["a"], ["a", ""], false],
    [["x", "–"], ["x", "\u0013"], false],
    [["Jeddah, Arab Saudi"], ["Jeddah, Arab Saudi "], false],
  ])("%j and %j are the same row: %s", (a, b, same) => {
    expect(hashRow(a) === hashRow(b)).toBe(same);
  });

  it("leaves out the key column", () => {
    expect(hashRow(["k1", "a", "b"], 0)).toBe(hashRow(["k2", "a", "b"], 0));
    expect(hashRow(["k1", "a", "b"], 0)).not.toBe(hashRow(["k1", "a", "c"], 0));
    expect(hashRow(["a", "k1", "b"], 1)).toBe(hashRow(["a", "k2", "b"], 1));
  });

  it("gives 50,000 similar rows different hashes, each a safe integer", () => {
    const seen = new Set<number>();
    for (let i = 0; i < 50000; i += 1) {
      const hash = hashRow([`ksst-${i}`, "Pelatihan", String(i % 977), String(i >> 3), "ZW;AO"], 0);
      expect(Number.isSafeInteger(hash)).toBe(true);
      seen.add(hash);
    }
    expect(seen.size).toBe(50000);
  });
});
