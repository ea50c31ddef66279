import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { resolveTable } from "../../../src/lib/charts/dataTable.ts";
import { tableCsv } from "../../../src/lib/charts/tableCsv.ts";
import { csvBytes } from "../../../src/lib/downloads/csvBytes.ts";
import { csvCell } from "../../../src/lib/downloads/csvCell.ts";
import { xlsxBytes } from "../../../src/lib/downloads/xlsxBytes.ts";
import { formulaTrigger } from "../../../src/lib/text/formulaTrigger.ts";
import { plainColumn } from "../../helpers/plainColumn.ts";

// OWASP's CSV injection triggers, plain and hidden behind spaces, tabs, line breaks and full width.
const formulas = [
  ['=HYPERLINK("http://x.example","klik")', "="],
  ["=cmd|' /C calc'!A0", "="],
  ["+SUM(1,2)", "+"],
  ["-2+3+cmd|' /C calc'!A0", "-"],
  ["@SUM(1,2)", "@"],
  ["\t=1+2", "\t"],
  ["\r=1+2", "\r"],
  ["  =1+2", "="],
  ["\n=1+2", "="],
  ["＝1+2", "＝"],
  ["＠SUM(1)", "＠"],
  ["+62 21 3190 5000", "+"],
] as const;

const column = plainColumn;
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("formula-like text", () => {
  it.each(formulas)("%j starts a formula with %j", (text, first) => {
    expect(formulaTrigger(text)).toBe(first);
  });

  it.each(["-3", "+62", " -12.5", "1,000", "Jakarta", "e-mail", "-", "=", "Kerja sama = gotong royong"])(
    "%j does not",
    (text) => {
      expect(formulaTrigger(text)).toBeUndefined();
    },
  );

  it.each(formulas)("%j is neutralised in a CSV cell with a leading apostrophe, quoted", (text) => {
    expect(csvCell(text)).toBe(`"'${text.replaceAll('"', '""')}"`);
  });

  it("leaves numbers written by the site as they are", () => {
    expect(csvCell("-3", false)).toBe("-3");
    expect(csvCell("-1e-7", false)).toBe("-1e-7");
    expect(csvCell("-1e-7")).toBe('"\'-1e-7"');
  });
});

describe("every CSV the site publishes neutralises formulas", () => {
  const records = [
    { id: "s1", title: '=HYPERLINK("http://x.example")', tags: ["@x", "y"], amount: -3 },
    { id: "s2", title: "\t=1+2", amount: -1e-7 },
  ];

  it("in the dataset downloads", () => {
    const text = decode(csvBytes(records, [column("id"), column("title"), column("tags"), column("amount")]));
    expect(text).toBe(
      "id,title,tags,amount\n" +
        's1,"\'=HYPERLINK(""http://x.example"")","\'@x;y",-3\n' +
        's2,"\'\t=1+2",,-1e-7\n',
    );
  });

  it("in the charts' table downloads", () => {
    const table = resolveTable(
      {
        caption: "Organisations",
        columns: [
          { key: "name", label: "Name", value: (r: { name: string; n: number }) => r.name, rowHeader: true },
          { key: "n", label: "Activities", value: (r) => r.n, numeric: true },
        ],
        rows: [{ name: "=cmd|' /C calc'!A0", n: -2 }],
        rowKey: (r) => r.name,
      },
      String,
    );
    expect(decode(tableCsv(table))).toBe("Name,Activities\n\"'=cmd|' /C calc'!A0\",-2\n");
  });

  it("while the XLSX keeps them as plain strings, never formulas", async () => {
    const files = unzipSync(await xlsxBytes(records, [column("id"), column("title")], "sources"));
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"] ?? new Uint8Array());
    const strings = strFromU8(files["xl/sharedStrings.xml"] ?? new Uint8Array());
    expect(sheet).not.toContain("<f>");
    expect(strings).toContain('<t>=HYPERLINK("http://x.example")</t>');
    expect(strings).not.toContain("'=HYPERLINK");
  });
});
