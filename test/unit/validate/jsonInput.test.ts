import { beforeAll, describe, expect, it } from "vitest";
import type { Issue } from "../../../src/lib/issue.ts";
import { isExactNumber } from "../../../src/lib/json/exactNumber.ts";
import { parseJson } from "../../../src/lib/json/parseJson.ts";
import { formatIssue } from "../../../src/lib/messages/messages.ts";
import type { Reference } from "../../../src/lib/reference/referenceList.ts";
import { validateFolder } from "../../../src/lib/validate/validateFolder.ts";
import { loadReference } from "../../../src/node/loadReference.ts";
import { memoryIO } from "../../helpers/memoryIO.ts";
import { miniCatalog, miniData, miniSchemas } from "../../helpers/miniSchemas.ts";
import { corporaRoot, hasCorpus } from "../corpora/corpora.ts";

let reference: Reference;
beforeAll(async () => {
  reference = await loadReference();
});

const validate = (data: Record<string, string>) =>
  validateFolder({
    dataIO: memoryIO({ ...miniData, ...data }),
    schemaIO: memoryIO(miniSchemas),
    reference,
    now: new Date("2025-06-30T00:00:00Z"),
  });
const only = (issues: readonly Issue[], code: string) => issues.filter((found) => found.code === code);

describe("numbers that a double cannot hold exactly", () => {
  it.each([
    ["0", true],
    ["-0", true],
    ["0.1", true],
    ["1.50", true],
    ["140450000000", true],
    ["9007199254740991", true],
    ["1e21", true],
    ["2.5E-3", true],
    ["9007199254740993", false],
    ["99999999999999999999999", false],
    ["1e-400", false],
    ["1e400", false],
    ["3.14159265358979323846", false],
  ])("%s is exact: %s", (text, exact) => {
    expect(isExactNumber(text)).toBe(exact);
  });

  it.each([
    ["99999999999999999999999", "1e+23"],
    ["9007199254740993", "9007199254740992"],
    ["1e-400", "0"],
    ["1e400", "Infinity"],
  ])("%s in a CSV number column is an error with the value as written", async (text, readAs) => {
    const result = await validate({
      "activities.csv": `id,type,source_ids,amount,participants_total\na1,training,s1,${text},\na2,training,s1,,${text}\n`,
    });
    const found = only(result.issues, "inexact-number");
    expect(found).toEqual([
      expect.objectContaining({
        row: 2,
        column: "amount",
        value: text,
        params: expect.objectContaining({ readAs }),
      }),
      expect.objectContaining({ row: 3, column: "participants_total", value: text }),
    ]);
    expect(formatIssue(found[0] as Issue, "en").message).toContain(`"${text}"`);
    expect(result.valid).toBe(false);
  });

  it.each(["99999999999999999999999", "9007199254740993", "1e-400", "1e400"])(
    "%s in a JSON dataset is an error at its line, with the value as written",
    async (text) => {
      const result = await validate({
        "plans.json": `[\n  {"id": "p1",\n   "period_start": "2018", "size": ${text}}\n]`,
      });
      expect(only(result.issues, "inexact-number")).toEqual([
        expect.objectContaining({
          file: "plans.json",
          row: 1,
          line: 3,
          pointer: "/size",
          column: "size",
          value: text,
        }),
      ]);
    },
  );
});

describe("JSON text", () => {
  it("reports a repeated key in a dataset as an error, not the last one silently", async () => {
    const result = await validate({
      "commitments.json": '[\n {"id": "c1", "action_plan": "p1",\n  "action_plan": "p2"}\n]',
    });
    expect(only(result.issues, "duplicate-json-key")).toEqual([
      expect.objectContaining({
        file: "commitments.json",
        row: 1,
        line: 3,
        pointer: "/action_plan",
        value: "action_plan",
      }),
    ]);
    expect(result.valid).toBe(false);
  });

  it("reports a repeated key in the catalog", async () => {
    const result = await validate({
      "catalog.json": miniCatalog.replace('"datasets":', '"datasets": [], "datasets":'),
    });
    expect(only(result.issues, "duplicate-json-key")).toEqual([
      expect.objectContaining({ file: "catalog.json", line: 1, pointer: "/datasets", value: "datasets" }),
    ]);
  });

  it("gives a syntax error's line and column and never quotes the text around it", async () => {
    const result = await validate({ "notes.json": '[\n  {"id": "secret-token-123" "x": 1}\n]' });
    const found = only(result.issues, "invalid-json")[0] as Issue;
    expect(found).toMatchObject({ line: 2, params: { line: 2, column: 29, error: "CommaExpected" } });
    for (const lang of ["id", "en"] as const) {
      const { message } = formatIssue(found, lang);
      expect(message).toMatch(lang === "en" ? /line 2, column 29/ : /baris 2, kolom 29/);
      expect(message).not.toContain("secret-token");
    }
  });

  it.each([
    ["a comment", '// notes\n[{"id": "n1", "source_ids": ["s1"]}]', "InvalidCommentToken"],
    ["a trailing comma", '[{"id": "n1", "source_ids": ["s1"]},]', "ValueExpected"],
    ["a raw tab inside a string", '[{"id": "n\t1", "source_ids": ["s1"]}]', "InvalidCharacter"],
    ["an empty file", "", "ValueExpected"],
  ])("refuses %s (strict JSON)", async (_what, text, error) => {
    const result = await validate({ "notes.json": text });
    expect(only(result.issues, "invalid-json")).toEqual([
      expect.objectContaining({ params: expect.objectContaining({ error }) }),
    ]);
  });

  it("reports 100,000 nested brackets at the bracket past 64 levels, without exhausting the stack", async () => {
    const deep = `[{"id": "n1", "source_ids": ["s1"], "items": ${"[".repeat(100_000)}${"]".repeat(100_000)}}]`;
    const result = await validate({ "notes.json": deep });
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "json-too-deep",
        file: "notes.json",
        line: 1,
        params: expect.objectContaining({ limit: 64 }),
      }),
    ]);
    const { message } = formatIssue(result.issues[0] as Issue, "en");
    expect(message).toContain("more than 64 levels");
    expect(message).not.toMatch(/call stack/i);
  });

  it("keeps a __proto__ key as data, as JSON.parse does", () => {
    const { value, problems } = parseJson('{"__proto__": {"polluted": true}, "a": 1}');
    expect(problems).toEqual([]);
    expect(Object.keys(value as object)).toEqual(["__proto__", "a"]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it("gives the line of each record of a top-level array", () => {
    expect(parseJson('[\n{"a": 1},\n\n  {"a": 2}, 3]').elementLines).toEqual([2, 4, 4]);
  });
});

describe("parseJson's two paths (JSON.parse when there is no problem, jsonc-parser otherwise)", () => {
  const cases = [
    "[1,2]",
    '{"a":1,"a":2}',
    '{"a":{"b":1,"b":{"c":2}},"d":[{"e":1,"e":1}]}',
    '{"__proto__":1,"__proto__":2}',
    '{"a:b":"c,d","e\\":":"[{"}',
    "[-0, 0, 1.5e3, 1E2, -1e-7, 0.1, 1.50]",
    "[9007199254740993]",
    "[1e400]",
    "[1e-400]",
    "[3.14159265358979323846]",
    "99999999999999999999999",
    "[1,]",
    '{"a":1,}',
    "[1] // comment",
    "/* c */ [1]",
    "[\u00a01]",
    "[\u000b1]",
    "[\u20281]",
    '["a\u0001b"]',
    '["\\ud800", "\\u2028", "\\"\\\\\\/"]',
    "",
    " ",
    "[01]",
    "[1.]",
    "[.5]",
    "[+1]",
    "[tru]",
    "[true, false, null]",
    '  \n[\r\n {"a": [1, {"b": 2}]},\r\n\t[3] , "x" ]\n',
    "[]",
    "[ ]",
    "{}",
    '"text"',
    "42",
  ];
  it.each(cases)("give the same value, problems and lines: %j", (text) => {
    expect(parseJson(text)).toEqual(parseJson(text, undefined, false));
  });

  it("give the same on the repository's schemas, data and fixtures, and the JSON Schema Test Suite's files", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? files(join(dir, entry.name))
          : entry.name.endsWith(".json")
            ? [join(dir, entry.name)]
            : [],
      );
    const suite = `${corporaRoot}json-schema-test-suite`;
    const all = [
      ...files("schemas"),
      ...files("data"),
      ...files("test/fixtures"),
      ...(hasCorpus("json-schema-test-suite") ? files(suite) : []),
    ];
    expect(all.length).toBeGreaterThan(20);
    for (const file of all) {
      const text = readFileSync(file, "utf8");
      expect(parseJson(text), file).toEqual(parseJson(text, undefined, false));
    }
  });
});
