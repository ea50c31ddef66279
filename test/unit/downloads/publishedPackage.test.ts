import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import type { TableField } from "../../../src/lib/downloads/tableSchema.ts";
import { folderIO } from "../../../src/node/folderIO.ts";
import { validateDataDir } from "../../../src/node/validateDataDir.ts";
import { dataPackageFile } from "../../../src/site/dataPackageFile.ts";
import { type SiteData, siteData } from "../../../src/site/siteData.ts";

// What frictionless-py checked by hand (docs/standards.md) is checked here on every run, on the live
// data's downloads: each CSV value against its field as Table Schema reads it (patterns match the
// whole value), and each XLSX read back by an independent reader (ExcelJS), cell by cell against the CSV.

interface Resource {
  name: string;
  path: string;
  format: string;
  type?: string;
  bytes: number;
  hash: string;
  dialect?: Record<string, unknown>;
  schema?: { fields: TableField[]; primaryKey?: string[]; missingValues: string[] };
  jsonSchema?: unknown;
}

let data: SiteData;
let resources: Resource[];
const served = new Map<string, Uint8Array>();
beforeAll(async () => {
  const result = await validateDataDir("data", "schemas");
  data = await siteData(result, folderIO("data"), new Date("2026-12-01T00:00:00Z"), { version: "1.1.0" });
  const descriptor = JSON.parse(
    new TextDecoder().decode(dataPackageFile(data, "https://data.example.org/").bytes),
  );
  expect(descriptor.version).toBe("1.1.0");
  resources = descriptor.resources;
  for (const dataset of data.siteDatasets.values())
    for (const file of dataset.downloads) served.set(file.fileName, await file.read());
}, 60_000);

/** The bytes of a download as served. */
function bytesOf(path: string): Uint8Array {
  const bytes = served.get(path);
  if (!bytes) throw new Error(`no download ${path}`);
  return bytes;
}

/** The cells of a CSV download, header first. */
function csvRows(path: string): string[][] {
  return Papa.parse<string[]>(new TextDecoder().decode(bytesOf(path)), { skipEmptyLines: true }).data;
}

/** Tells why a cell breaks its Table Schema field, as frictionless reads it, or undefined when it conforms. */
function problem(field: TableField, cell: string): string | undefined {
  const c = field.constraints ?? {};
  if (cell === "") return c.required === true ? "required" : undefined;
  const typeOk: Record<string, (text: string) => boolean> = {
    integer: (t) => /^-?\d+$/.test(t),
    number: (t) => /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(t),
    boolean: (t) => t === "true" || t === "false",
    array: (t) => Array.isArray(JSON.parse(t)),
    object: (t) => typeof JSON.parse(t) === "object",
    string: () => true,
  };
  if (!(typeOk[field.type] ?? (() => false))(cell)) return `type ${field.type}`;
  if (typeof c.pattern === "string" && !new RegExp(`^(?:${c.pattern})$`, "u").test(cell))
    return `pattern ${c.pattern}`;
  if (Array.isArray(c.enum) && !c.enum.map(String).includes(cell)) return "enum";
  if (typeof c.minimum === "number" && Number(cell) < c.minimum) return "minimum";
  if (typeof c.maximum === "number" && Number(cell) > c.maximum) return "maximum";
  if (typeof c.minLength === "number" && [...cell].length < c.minLength) return "minLength";
  if (typeof c.maxLength === "number" && [...cell].length > c.maxLength) return "maxLength";
  return undefined;
}

describe("datapackage.json of the live data", () => {
  it("describes every download with its size and hash, CSV and XLSX as tables, JSON with its record schema", () => {
    expect(resources.length).toBe(data.siteDatasets.size * 3);
    for (const resource of resources) {
      const bytes = bytesOf(resource.path);
      expect(resource.bytes).toBe(bytes.byteLength);
      expect(resource.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
      if (resource.format === "json") {
        expect(resource.type).toBeUndefined();
        expect(resource.jsonSchema).toMatchObject({
          type: "array",
          items: { $ref: expect.stringMatching(/^\.\.\/schemas\//) },
        });
      } else {
        expect(resource.type).toBe("table");
        expect(resource.dialect).toMatchObject({ header: true });
        expect(resource.schema?.fields.length).toBeGreaterThan(0);
      }
    }
  });

  it("holds every CSV value to its field with Table Schema's whole-value semantics", () => {
    const found: string[] = [];
    let checked = 0;
    for (const resource of resources.filter((r) => r.format === "csv")) {
      const [header = [], ...rows] = csvRows(resource.path);
      const fields = resource.schema?.fields ?? [];
      expect(header).toEqual(fields.map((f) => f.name));
      rows.forEach((row, r) => {
        fields.forEach((field, c) => {
          checked++;
          const why = problem(field, row[c] ?? "");
          if (why) found.push(`${resource.path} row ${r + 2} ${field.name} "${row[c]}": ${why}`);
        });
      });
      const key = resource.schema?.primaryKey?.[0];
      if (key) {
        const at = header.indexOf(key);
        expect(new Set(rows.map((row) => row[at])).size).toBe(rows.length);
      }
    }
    expect(found).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it("catches a value that only an unanchored pattern would accept", () => {
    const url: TableField = { name: "url", type: "string", constraints: { pattern: "https?://[\\s\\S]*" } };
    expect(problem(url, "https://a.id")).toBeUndefined();
    expect(problem(url, "see https://a.id")).toBe("pattern https?://[\\s\\S]*");
  });

  it("gives each XLSX, read back by ExcelJS, the CSV's cells, a dimension and its title and creator", async () => {
    for (const resource of resources.filter((r) => r.format === "xlsx")) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytesOf(resource.path) as unknown as ArrayBuffer);
      const dataset = data.siteDatasets.get(resource.name.replace(/-xlsx$/, ""));
      expect(workbook.title).toBe(dataset?.entry.title.en);
      expect(workbook.creator).toBe("KSST Terbuka");
      expect(workbook.worksheets.length).toBe(1);
      const sheet = workbook.worksheets[0];
      const csv = csvRows(resource.path.replace(/\.xlsx$/, ".csv"));
      expect(sheet?.rowCount).toBe(csv.length);
      // The <dimension> element streaming readers size rows by spans the header and every record.
      const sheetXml = strFromU8(
        unzipSync(bytesOf(resource.path))["xl/worksheets/sheet1.xml"] ?? new Uint8Array(),
      );
      expect(sheetXml).toContain(
        `<dimension ref="A1:${sheet
          ?.getRow(1)
          .getCell(csv[0]?.length ?? 1)
          .address.replace(/\d+$/, "")}${csv.length}"/>`,
      );
      csv.forEach((row, r) => {
        row.forEach((text, c) => {
          const value = sheet?.getRow(r + 1).getCell(c + 1).value;
          const cell = value === null || value === undefined ? "" : String(value);
          if (cell !== text)
            expect(`${resource.path} ${r + 1}:${c + 1} ${cell}`).toBe(
              `${resource.path} ${r + 1}:${c + 1} ${text}`,
            );
          // Codes stay text: only numeric fields hold numbers.
          if (typeof value === "number")
            expect(["integer", "number"]).toContain(resource.schema?.fields[c]?.type);
        });
      });
    }
  }, 60_000);
});
