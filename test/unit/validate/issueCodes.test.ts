import { beforeAll, describe, expect, it } from "vitest";
import type { Issue } from "../../../src/lib/issue.ts";
import { codeDefinition, formatIssue, messageCodes } from "../../../src/lib/messages/messages.ts";
import type { Reference } from "../../../src/lib/reference/referenceList.ts";
import { validateFolder } from "../../../src/lib/validate/validateFolder.ts";
import { loadReference } from "../../../src/node/loadReference.ts";
import { memoryIO } from "../../helpers/memoryIO.ts";
import { miniCatalog, miniData, miniSchemas } from "../../helpers/miniSchemas.ts";

let reference: Reference;
beforeAll(async () => {
  reference = await loadReference();
});

const now = new Date("2025-06-30T00:00:00Z");
const head = "id,type,source_ids";
const csv = (header: string, ...rows: string[]) => `${header}\n${rows.join("\n")}\n`;
const json = (value: unknown) => JSON.stringify(value);

/** A change to the valid mini data (or schemas) that produces one issue code, and where it must be reported. */
interface Scenario {
  data?: Record<string, string | Uint8Array>;
  schemas?: Record<string, string>;
  /** Throw this error code (with these properties) when the named file is read. */
  failRead?: [string, string, Record<string, unknown>?];
  expected: Partial<Issue>;
}

const scenarios: Record<string, Scenario> = {
  "missing-file": {
    data: { "sources.csv": undefined as unknown as string },
    expected: { file: "sources.csv" },
  },
  "unreadable-file": { failRead: ["sources.csv", "EACCES"], expected: { file: "sources.csv" } },
  "invalid-json": {
    data: { "notes.json": '[\n  {"id": "n1",}\n]' },
    expected: { file: "notes.json", line: 2, params: { error: "PropertyNameExpected", line: 2, column: 15 } },
  },
  "json-too-deep": {
    data: { "notes.json": `${"[".repeat(100_000)}${"]".repeat(100_000)}` },
    expected: { file: "notes.json", line: 1, params: { limit: 64, line: 1, column: 65 } },
  },
  "duplicate-json-key": {
    data: { "notes.json": '[{"id": "n1", "source_ids": ["s1"],\n  "id": "n2"}]' },
    expected: { file: "notes.json", row: 1, line: 2, column: "id", pointer: "/id", value: "id" },
  },
  "inexact-number": {
    data: { "activities.csv": csv(`${head},amount`, "a1,training,s1,99999999999999999999999") },
    expected: {
      row: 2,
      column: "amount",
      value: "99999999999999999999999",
      params: expect.objectContaining({ readAs: "1e+23" }),
    },
  },
  "not-an-array": { data: { "notes.json": json({ id: "n1" }) }, expected: { file: "notes.json" } },
  "invalid-schema": {
    schemas: { "sources.schema.json": json({ $id: "sources.schema.json", type: "object", minLength: "x" }) },
    expected: { file: "schemas/sources.schema.json" },
  },
  "invalid-catalog": {
    data: { "catalog.json": json({ title: "no datasets" }) },
    expected: { file: "catalog.json" },
  },
  "empty-file": { data: { "sources.csv": "" }, expected: { file: "sources.csv" } },
  encoding: {
    data: { "sources.csv": Uint8Array.from([...new TextEncoder().encode("id,title\ns1,Caf"), 0xe9, 0x0a]) },
    expected: { file: "sources.csv", row: 2, value: "0xE9" },
  },
  "semicolon-delimiter": { data: { "sources.csv": "id;title\ns1;A\n" }, expected: { row: 1 } },
  "tab-delimiter": { data: { "sources.csv": "id\ttitle\ns1\tA\n" }, expected: { row: 1 } },
  "unclosed-quote": { data: { "sources.csv": 'id,title\ns1,"An article\n' }, expected: { row: 2 } },
  "invalid-quote": { data: { "sources.csv": 'id,title\ns1,"An" article\n' }, expected: { row: 2 } },
  "blank-label": { data: { "sources.csv": "id,title,\ns1,A,\n" }, expected: { row: 1, columnNumber: 3 } },
  "duplicate-label": {
    data: { "sources.csv": "id,title,title\ns1,A,B\n" },
    expected: { row: 1, column: "title", columnNumber: 3 },
  },
  "unknown-column": {
    data: { "sources.csv": "id,titel\ns1,A\n" },
    expected: {
      row: 1,
      column: "titel",
      columnNumber: 2,
      params: expect.objectContaining({ suggestion: "title" }),
    },
  },
  "missing-column": { data: { "sources.csv": "id\ns1\n" }, expected: { row: 1, column: "title" } },
  "blank-row": { data: { "sources.csv": "id,title\ns1,A\n,\ns2,B\n" }, expected: { row: 3 } },
  "extra-cell": {
    data: { "sources.csv": "id,title\ns1,A,x\n" },
    expected: { row: 2, columnNumber: 3, value: "x" },
  },
  "missing-cell": {
    data: { "sources.csv": "id,title,url\ns1,A\n" },
    expected: { row: 2, column: "url", columnNumber: 3 },
  },
  required: {
    data: { "sources.csv": "id,title\ns1,\n" },
    expected: { row: 2, column: "title", columnNumber: 2 },
  },
  "type-error": {
    data: { "activities.csv": csv(`${head},participants_total`, "a1,training,s1,12.5") },
    expected: { row: 2, column: "participants_total", columnNumber: 4, value: "12.5" },
  },
  "number-format-id": {
    data: { "activities.csv": csv(`${head},amount`, 'a1,training,s1,"1.000.000,50"') },
    expected: {
      row: 2,
      column: "amount",
      value: "1.000.000,50",
      params: expect.objectContaining({ suggestion: "1000000.5" }),
    },
  },
  "number-currency": {
    data: { "activities.csv": csv(`${head},amount`, 'a1,training,s1,"Rp 1,5 miliar"') },
    expected: {
      row: 2,
      column: "amount",
      value: "Rp 1,5 miliar",
      params: expect.objectContaining({ suggestion: "1500000000" }),
    },
  },
  "date-format-id": {
    data: { "activities.csv": csv(`${head},start_date`, "a1,training,s1,31/12/2023") },
    expected: {
      row: 2,
      column: "start_date",
      value: "31/12/2023",
      params: expect.objectContaining({ suggestion: "2023-12-31" }),
    },
  },
  "boolean-ya-tidak": {
    data: { "activities.csv": csv(`${head},funded`, "a1,training,s1,Ya") },
    expected: {
      row: 2,
      column: "funded",
      value: "Ya",
      params: expect.objectContaining({ suggestion: "true" }),
    },
  },
  enum: {
    data: { "activities.csv": csv(head, "a1,Training,s1") },
    expected: {
      row: 2,
      column: "type",
      value: "Training",
      params: expect.objectContaining({ suggestion: "training" }),
    },
  },
  pattern: { data: { "sources.csv": "id,title\nS 1,A\n" }, expected: { row: 2, column: "id", value: "S 1" } },
  format: {
    data: { "activities.csv": csv(`${head},start_date`, "a1,training,s1,2023-02-30") },
    expected: { row: 2, column: "start_date", value: "2023-02-30" },
  },
  range: {
    data: { "activities.csv": csv(`${head},participants_total`, "a1,training,s1,-3") },
    expected: { row: 2, column: "participants_total", value: "-3" },
  },
  length: {
    data: { "activities.csv": csv(`${head},title`, `a1,training,s1,${"x".repeat(61)}`) },
    expected: { row: 2, column: "title" },
  },
  "list-length": {
    data: { "activities.csv": csv(`${head},tags`, "a1,training,s1,a;b;c;d") },
    expected: { row: 2, column: "tags", value: "a;b;c;d" },
  },
  "list-duplicate": {
    data: { "activities.csv": csv(`${head},tags`, "a1,training,s1,a;a") },
    expected: { row: 2, column: "tags" },
  },
  "unknown-field": {
    data: { "commitments.json": json([{ id: "c1", action_plan: "p1", colour: "red" }]) },
    expected: { file: "commitments.json", row: 1, column: "colour", pointer: "/colour" },
  },
  schema: {
    data: { "activities.csv": csv(`${head},participants_female`, "a1,training,s1,4") },
    expected: {
      row: 2,
      column: "participants_female",
      params: expect.objectContaining({
        keyword: "dependentRequired",
        missingProperty: "participants_total",
      }),
    },
  },
  "duplicate-key": {
    data: { "activities.csv": csv(head, "a1,training,s1", "a1,workshop,s2") },
    expected: { row: 3, column: "id", columnNumber: 1, value: "a1" },
  },
  "duplicate-value": {
    data: { "activities.csv": csv(`${head},code`, "a1,training,s1,X", "a2,workshop,s2,X") },
    expected: { row: 3, column: "code", value: "X" },
  },
  "foreign-key": {
    data: { "activities.csv": csv(`${head},recipient_countries`, "a1,training,s1,TZA") },
    expected: {
      row: 2,
      column: "recipient_countries",
      value: "TZA",
      params: expect.objectContaining({ suggestion: "TZ" }),
    },
  },
  "date-order": {
    data: { "activities.csv": csv(`${head},start_date,end_date`, "a1,training,s1,2017-05,2017-04-30") },
    expected: { row: 2, column: "end_date", value: "2017-04-30" },
  },
  "female-exceeds-total": {
    data: { "activities.csv": csv(`${head},participants_total,participants_female`, "a1,training,s1,10,11") },
    expected: { row: 2, column: "participants_female", value: "11" },
  },
  "participants-parts-sum": {
    data: {
      "activities.csv": csv(`${head},participants_total,participants_parts`, "a1,training,s1,15,10;4"),
    },
    expected: { row: 2, column: "participants_parts", value: "10;4", params: { sum: 14, total: 15 } },
  },
  "modality-partner": {
    data: { "activities.csv": csv(`${head},modality,partner_orgs`, "a1,training,s1,triangular,") },
    expected: { row: 2, column: "modality", value: "triangular" },
  },
  "conflict-not-named-back": {
    data: {
      "notes.json": json([
        { id: "n1", conflicts_with: ["n2"], source_ids: ["s1"] },
        { id: "n2", source_ids: ["s1"] },
      ]),
    },
    expected: {
      file: "notes.json",
      row: 2,
      column: "conflicts_with",
      severity: "warning",
      params: { id: "n1", other: "n2", row: 1 },
    },
  },
  "date-implausible": {
    data: { "activities.csv": csv(`${head},start_date`, "a1,training,s1,2031") },
    expected: { row: 2, column: "start_date", value: "2031", severity: "warning" },
  },
  "milestone-outside-plan": {
    data: {
      "commitments.json": json([
        { id: "c1", action_plan: "p1", milestones: [{ id: "m1", due_date: "2021-03" }] },
      ]),
    },
    expected: {
      file: "commitments.json",
      row: 1,
      pointer: "/milestones/0/due_date",
      value: "2021-03",
      severity: "warning",
    },
  },
  "regency-outside-province": {
    data: { "activities.csv": csv(`${head},provinces,regencies`, "a1,training,s1,31,32.02") },
    expected: { row: 2, column: "regencies", value: "32.02", severity: "warning" },
  },
  "duplicate-row": {
    data: { "activities.csv": csv(head, "a1,training,s1", "a2,training,s1") },
    expected: { row: 3, value: "a2", severity: "warning", params: { first: 2 } },
  },
  "personal-data": {
    data: { "sources.csv": "id,title\ns1,NIK 3201234567890001 di laporan\n" },
    expected: { row: 2, column: "title", value: "NIK 32************01 di laporan" },
  },
  "unsafe-path": {
    data: {
      "catalog.json": miniCatalog.replace('"schema":"sources.schema.json"', '"schema":"../../etc/passwd"'),
    },
    expected: {
      file: "catalog.json",
      column: "schema",
      pointer: "/datasets/0/schema",
      value: "../../etc/passwd",
      params: { reason: "parent" },
    },
  },
  "not-a-file": { failRead: ["sources.csv", "ENOTFILE"], expected: { file: "sources.csv" } },
  "file-too-large": {
    failRead: ["notes.json", "ETOOLARGE", { size: 70 * 1024 * 1024 }],
    expected: { file: "notes.json", params: { size: 70 * 1024 * 1024, limit: 64 * 1024 * 1024 } },
  },
  "too-many-columns": {
    data: { "sources.csv": `id,title,${Array.from({ length: 1000 }, (_, i) => `c${i}`).join(",")}\ns1,A\n` },
    expected: { file: "sources.csv", row: 1, params: { limit: 1000, count: 1002 } },
  },
  "invisible-in-code": {
    data: { "sources.csv": "id,title\ns1,A\ns2,B\n", "activities.csv": csv(head, "a1,training,s1\u200b") },
    expected: {
      row: 2,
      column: "source_ids",
      value: "s1\u200b",
      params: { character: "U+200B ZERO WIDTH SPACE", position: 3, count: 1 },
    },
  },
  "invisible-in-text": {
    data: { "sources.csv": "id,title\ns1,An artic\u200ble\ns2,B\n" },
    expected: {
      row: 2,
      column: "title",
      severity: "warning",
      params: { character: "U+200B ZERO WIDTH SPACE", position: 9, count: 1 },
    },
  },
  mojibake: {
    data: { "sources.csv": "id,title\ns1,Kerjasama Selatanâ€“Selatan\ns2,B\n" },
    expected: { row: 2, column: "title", severity: "warning", params: { sign: "â€“" } },
  },
  "formula-injection": {
    data: { "sources.csv": 'id,title\ns1,"=HYPERLINK(""http://x.example"")"\ns2,B\n' },
    expected: { row: 2, column: "title", severity: "warning" },
  },
};

async function run(scenario: Scenario) {
  const data: Record<string, string | Uint8Array> = { ...miniData };
  for (const [file, content] of Object.entries(scenario.data ?? {})) {
    if (content === undefined) delete data[file];
    else data[file] = content;
  }
  const io = memoryIO(data);
  const dataIO = scenario.failRead
    ? {
        readFile: async (path: string) => {
          if (path === scenario.failRead?.[0])
            throw Object.assign(new Error(`${scenario.failRead[1]}: ${path}`), {
              code: scenario.failRead[1],
              ...scenario.failRead[2],
            });
          return io.readFile(path);
        },
      }
    : io;
  return validateFolder({
    dataIO,
    schemaIO: memoryIO({ ...miniSchemas, ...scenario.schemas }),
    reference,
    now,
  });
}

describe("issue codes", () => {
  it("has a scenario for every code that has a message", () => {
    expect(Object.keys(scenarios).sort()).toEqual(messageCodes().sort());
  });

  describe.each(Object.entries(scenarios))("%s", (code, scenario) => {
    let found: Issue | undefined;
    let valid: boolean;
    beforeAll(async () => {
      const result = await run(scenario);
      found = result.issues.find((i) => i.code === code);
      valid = result.valid;
    });

    it("is reported at the right place, with its documented severity", () => {
      expect(found).toMatchObject({ severity: codeDefinition(code).severity, ...scenario.expected });
      expect(valid).toBe(codeDefinition(code).severity === "warning");
    });

    it.each(["id", "en"] as const)("says what, where and how to fix it in %s", (lang) => {
      const { message, fix } = formatIssue(found as Issue, lang);
      expect(message.length).toBeGreaterThan(10);
      expect(fix.length).toBeGreaterThan(10);
      if (found?.value !== undefined && code !== "encoding") expect(message).toContain(found.value);
      if (found?.column !== undefined && code !== "female-exceeds-total")
        expect(message).toContain(found.column);
      if (found?.params.suggestion !== undefined)
        expect(`${message} ${fix}`).toContain(String(found.params.suggestion));
      expect(`${message} ${fix}`).not.toMatch(/undefined|\[object/);
    });
  });

  it("words messages differently in Bahasa Indonesia and English", () => {
    const sample: Issue = {
      code: "enum",
      severity: "error",
      file: "a.csv",
      row: 2,
      column: "type",
      value: "x",
      rule: "enum",
      params: { allowedValues: "a, b" },
    };
    expect(formatIssue(sample, "id").message).not.toBe(formatIssue(sample, "en").message);
  });
});
