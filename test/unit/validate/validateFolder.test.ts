import { beforeAll, describe, expect, it } from "vitest";
import type { Reference } from "../../../src/lib/reference/referenceList.ts";
import { validateFolder } from "../../../src/lib/validate/validateFolder.ts";
import { loadReference } from "../../../src/node/loadReference.ts";
import { memoryIO } from "../../helpers/memoryIO.ts";
import { miniData, miniSchemas } from "../../helpers/miniSchemas.ts";

let reference: Reference;
beforeAll(async () => {
  reference = await loadReference();
});

const now = new Date("2025-06-30T00:00:00Z");

async function run(changes: Record<string, string>) {
  return validateFolder({
    dataIO: memoryIO({ ...miniData, ...changes }),
    schemaIO: memoryIO(miniSchemas),
    reference,
    now,
  });
}

describe("validateFolder", () => {
  it("accepts valid data and types the values from the schema", async () => {
    const result = await run({});
    expect(result.issues).toEqual([]);
    expect(result.valid).toBe(true);
    const [a1, a2] =
      (result.datasets as unknown as Record<string, Record<string, unknown>[]>).activities ?? [];
    expect(a1).toEqual({
      id: "a1",
      type: "training",
      start_date: "2017-03-15",
      end_date: "2017-04-30",
      recipient_countries: ["ZW", "AO"],
      provinces: ["32"],
      participants_total: 12,
      source_ids: ["s1"],
    });
    // Unknown stays absent, never 0.
    expect(a2).not.toHaveProperty("participants_total");
    expect(result.stats.map((s) => [s.name, s.rows])).toEqual([
      ["sources", 2],
      ["activities", 2],
      ["notes", 1],
      ["commitments", 1],
      ["plans", 1],
    ]);
  });

  const header =
    "id,type,start_date,end_date,recipient_countries,provinces,participants_total,participants_female,source_ids\n";
  describe.each([
    [
      "type-error",
      "a1,training,2017,,ZW,,12.5,,s1",
      { row: 2, column: "participants_total", columnNumber: 7, value: "12.5" },
    ],
    [
      "number-format-id",
      "a1,training,2017,,ZW,,1.000,,s1",
      {
        row: 2,
        column: "participants_total",
        columnNumber: 7,
        value: "1.000",
        params: expect.objectContaining({ suggestion: "1000" }),
      },
    ],
    ["enum", "a1,trainng,2017,,ZW,,,,s1", { row: 2, column: "type", value: "trainng" }],
    [
      "date-format-id",
      "a1,training,31/12/2023,,ZW,,,,s1",
      {
        row: 2,
        column: "start_date",
        value: "31/12/2023",
        params: expect.objectContaining({ suggestion: "2023-12-31" }),
      },
    ],
    ["format", "a1,training,2023-02-30,,ZW,,,,s1", { row: 2, column: "start_date", value: "2023-02-30" }],
    ["required", "a1,,2017,,ZW,,,,s1", { row: 2, column: "type" }],
    ["range", "a1,training,2017,,ZW,,-3,,s1", { row: 2, column: "participants_total", value: "-3" }],
    ["foreign-key", "a1,training,2017,,ZZ,,,,s1", { row: 2, column: "recipient_countries", value: "ZZ" }],
    ["foreign-key", "a1,training,2017,,ZW,99,,,s1", { row: 2, column: "provinces", value: "99" }],
    ["foreign-key", "a1,training,2017,,ZW,,,,s9", { row: 2, column: "source_ids", value: "s9" }],
    [
      "date-order",
      "a1,training,2017-05,2017-04-30,ZW,,,,s1",
      { row: 2, column: "end_date", value: "2017-04-30" },
    ],
    [
      "female-exceeds-total",
      "a1,training,2017,,ZW,,10,11,s1",
      { row: 2, column: "participants_female", value: "11" },
    ],
    [
      "duplicate-key",
      "a1,training,2017,,ZW,,,,s1\na1,workshop,2018,,ZW,,,,s1",
      { row: 3, column: "id", value: "a1" },
    ],
    ["extra-cell", "a1,training,2017,,ZW,,,,s1,extra", { row: 2 }],
    ["missing-cell", "a1,training,2017", { row: 2 }],
    ["blank-row", "a1,training,2017,,ZW,,,,s1\n\na2,training,2017,,ZW,,,,s1", { row: 3 }],
  ])("reports %s", (code, rows, expected) => {
    it(`at the right place (${rows.split("\n")[0]})`, async () => {
      const result = await run({ "activities.csv": `${header}${rows}\n` });
      expect(result.valid).toBe(false);
      expect(result.issues.find((i) => i.code === code)).toMatchObject({
        file: "activities.csv",
        dataset: "activities",
        ...expected,
      });
    });
  });

  it("does not count the final newline as a blank row, with or without CRLF", async () => {
    const crlf = (miniData["activities.csv"] ?? "").replaceAll("\n", "\r\n");
    expect((await run({ "activities.csv": crlf })).issues).toEqual([]);
    const noFinalNewline = (miniData["activities.csv"] ?? "").trimEnd();
    expect((await run({ "activities.csv": noFinalNewline })).issues).toEqual([]);
  });

  it("reports header problems once, not once per row", async () => {
    const result = await run({ "activities.csv": "id,kind,source_ids\na1,x,s1\na2,y,s1\n" });
    expect(result.issues.filter((i) => i.code === "missing-column").map((i) => i.column)).toEqual(["type"]);
    expect(result.issues.filter((i) => i.code === "unknown-column")).toMatchObject([
      { column: "kind", columnNumber: 2, row: 1 },
    ]);
    expect(result.issues.filter((i) => i.code === "required")).toEqual([]);
  });

  it("recognises a semicolon-separated Excel export", async () => {
    const result = await run({ "activities.csv": "id;type;source_ids\na1;training;s1\n" });
    expect(result.issues[0]).toMatchObject({ code: "semicolon-delimiter", row: 1 });
  });

  it("follows foreign keys into nested JSON records and reports a pointer", async () => {
    const notes = JSON.stringify([{ id: "n1", items: [{ evidence: ["s1", "nope"] }], source_ids: ["s2"] }]);
    const result = await run({ "notes.json": notes });
    expect(result.issues).toMatchObject([
      { code: "foreign-key", file: "notes.json", row: 1, pointer: "/items/0/evidence/1", value: "nope" },
    ]);
  });

  it("reports a missing dataset file and invalid JSON without throwing", async () => {
    const missing = await validateFolder({
      dataIO: memoryIO({ ...miniData, "notes.json": "[{" }),
      schemaIO: memoryIO(miniSchemas),
      reference,
    });
    expect(missing.issues.map((i) => i.code)).toContain("invalid-json");
    const { "sources.csv": _gone, ...withoutSources } = miniData;
    const result = await validateFolder({
      dataIO: memoryIO(withoutSources),
      schemaIO: memoryIO(miniSchemas),
      reference,
    });
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: "missing-file", file: "sources.csv" }),
    );
  });

  it("reads Windows-1252 bytes and says to re-save as UTF-8", async () => {
    const latin1 = Uint8Array.from([
      ...new TextEncoder().encode("id,title\ns1,Caf"),
      0xe9,
      0x0a,
      ...new TextEncoder().encode("s2,B\n"),
    ]);
    const result = await validateFolder({
      dataIO: memoryIO({ ...miniData, "sources.csv": latin1 }),
      schemaIO: memoryIO(miniSchemas),
      reference,
    });
    expect(result.issues).toContainEqual(expect.objectContaining({ code: "encoding", file: "sources.csv" }));
    expect((result.datasets as unknown as Record<string, { title: string }[]>).sources?.[0]?.title).toBe(
      "Café",
    );
  });
});
