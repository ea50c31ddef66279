import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { xlsxBytes } from "../../../src/lib/downloads/xlsxBytes.ts";
import { plainColumn } from "../../helpers/plainColumn.ts";

const column = plainColumn;
const columns = [column("id"), column("countries"), column("participants_total"), column("milestones", true)];
const records = [
  { id: "ksst-0001", countries: ["ZW", "AO"], participants_total: 12, milestones: [{ id: "m1" }] },
  { id: "ksst-0002", countries: ["TZ"] },
];

describe("xlsxBytes", () => {
  it("writes one sheet with the CSV's header and cell texts, numbers as numbers, unknown as empty", async () => {
    const files = unzipSync(await xlsxBytes(records, columns, "activities"));
    expect(strFromU8(files["xl/workbook.xml"] ?? new Uint8Array())).toContain('name="activities"');
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"] ?? new Uint8Array());
    const strings = strFromU8(files["xl/sharedStrings.xml"] ?? new Uint8Array());
    for (const text of ["id", "countries", "ksst-0001", "ZW;AO", "TZ", '[{"id":"m1"}]']) {
      expect(strings).toContain(text);
    }
    // 12 is a numeric cell, not a shared string; the second record's participants cell is absent.
    expect(sheet).toMatch(/<c r="C2"[^>]*><v>12<\/v><\/c>/);
    expect(sheet).not.toContain('r="C3"');
  });

  it("gives the same bytes for the same records, whenever it runs", async () => {
    const first = await xlsxBytes(records, columns, "activities");
    await new Promise((done) => setTimeout(done, 1100));
    const second = await xlsxBytes(records, columns, "activities");
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it("records the sheet's dimension and the workbook's title, licence and version", async () => {
    const properties = {
      title: "KSST activities",
      creator: "KSST Terbuka",
      licence: "CC-BY-4.0",
      version: "1.1.0",
    };
    const files = unzipSync(await xlsxBytes(records, columns, "activities", properties));
    const text = (name: string) => strFromU8(files[name] ?? new Uint8Array());
    expect(text("xl/worksheets/sheet1.xml")).toMatch(
      /^<\?xml[^>]*\?><worksheet [^>]*><dimension ref="A1:D3"\/><sheetViews>/,
    );
    expect(text("docProps/core.xml")).toContain("<dc:title>KSST activities</dc:title>");
    expect(text("docProps/custom.xml")).toMatch(/name="Licence"><vt:lpwstr>CC-BY-4.0</);
    expect(text("docProps/custom.xml")).toMatch(/name="Version"><vt:lpwstr>1.1.0</);
    expect(text("[Content_Types].xml")).toContain('PartName="/docProps/core.xml"');
    expect(text("_rels/.rels")).toContain('Target="docProps/custom.xml"');
  });

  it("keeps sheet names within Excel's 31 characters", async () => {
    const files = unzipSync(
      await xlsxBytes(records, columns, "a-dataset-name-that-is-far-too-long-for-excel"),
    );
    expect(strFromU8(files["xl/workbook.xml"] ?? new Uint8Array())).toContain(
      'name="a-dataset-name-that-is-far-too-"',
    );
  });
  it("shows control characters as visible symbols, as the pages do, instead of dropping them", async () => {
    const text =
      "BEL\u0007 ESC\u001b NUL\u0000 DEL\u007f C1\u0085 mojibake\ufffd private\ue000\ue001 tab\t line\nend";
    const bytes = await xlsxBytes([{ id: text, countries: ["A\u0007", "B"] }], columns, "controls");
    // Read back by an independent reader, as a person opening the file in a spreadsheet sees it.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const row = workbook.worksheets[0]?.getRow(2);
    expect(row?.getCell(1).value).toBe(
      "BEL\u2407 ESC\u241b NUL\u2400 DEL\u2421 C1\ufffd mojibake\ufffd private\ue000\ue001 tab\t line\nend",
    );
    expect(row?.getCell(2).value).toBe("A\u2407;B");
  });
});
