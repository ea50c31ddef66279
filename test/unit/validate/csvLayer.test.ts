import { describe, expect, it } from "vitest";
import { createChunkDecoder } from "../../../src/lib/csv/chunkDecoder.ts";
import { createCsvReader } from "../../../src/lib/csv/csvReader.ts";

function read(text: string | Uint8Array, size = 1 << 20, options: { delimiter?: "auto" } = {}) {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  const rows: Array<[number, string[]]> = [];
  const decoder = createChunkDecoder();
  const reader = createCsvReader(
    { file: "t.csv", ...options },
    { onRow: (cells, row) => rows.push([row, cells]) },
  );
  for (let i = 0; i < bytes.length; i += size) reader.push(decoder.decode(bytes.subarray(i, i + size)));
  reader.push(decoder.end());
  const structure = reader.end();
  return {
    rows,
    structure,
    encoding: decoder.report(),
    codes: structure.issues.map((i) => `${i.code}@${i.row ?? "-"}:${i.columnNumber ?? "-"}`),
  };
}

describe("csv reader", () => {
  const tricky = 'id,text\n1,"a, ""quoted""\nline"\r\n2,Jakarta\n\n3,"é ü 中"\n';
  it.each([1, 2, 3, 5, 64, 1 << 20])("reads the same rows and issues in chunks of %i bytes", (size) => {
    expect(read(tricky, size)).toEqual(read(tricky));
  });

  it("numbers rows as Frictionless does (header = 1, blank rows count)", () => {
    const { rows, codes } = read(tricky);
    expect(rows.map(([row]) => row)).toEqual([2, 3, 5]);
    expect(codes).toEqual(["blank-row@4:-"]);
  });

  it.each([
    ["LF", "a,b\n1,2\n"],
    ["CRLF", "a,b\r\n1,2\r\n"],
    ["CR", "a,b\r1,2\r"],
    ["no final newline", "a,b\n1,2"],
  ])("does not count a final newline as a row (%s)", (_name, text) => {
    const { rows, codes } = read(text);
    expect(rows).toEqual([[2, ["1", "2"]]]);
    expect(codes).toEqual([]);
  });

  it("reports each missing and extra cell at its position", () => {
    expect(read("a,b,c\n1\n1,2,3,4,5\n").codes).toEqual([
      "missing-cell@2:2",
      "missing-cell@2:3",
      "extra-cell@3:4",
      "extra-cell@3:5",
    ]);
  });

  it.each([
    ["semicolon-delimiter", "id;name\n1;Ani\n", ";"],
    ["tab-delimiter", "id\tname\n1\tAni\n", "\t"],
  ])(
    "recognises an export with another delimiter (%s), reports it once, and still reads it",
    (code, text, delimiter) => {
      const { rows, codes, structure } = read(text);
      expect(codes).toEqual([`${code}@1:-`]);
      expect(structure.delimiter).toBe(delimiter);
      expect(rows).toEqual([[2, ["1", "Ani"]]]);
    },
  );

  it("keeps at most issueLimit structure issues of each code and counts the rest", () => {
    const rows: number[] = [];
    const reader = createCsvReader(
      { file: "t.csv", issueLimit: 2 },
      { onRow: (_cells, row) => rows.push(row) },
    );
    // Every row misses two cells, one has an extra one, and a blank row: 2 of each code kept.
    reader.push(`a,b,c\n${Array.from({ length: 500 }, (_, i) => `${i}\n`).join("")}1,2,3,4\n\n`);
    const structure = reader.end();
    expect(rows).toHaveLength(501);
    expect(structure.issues.map((i) => `${i.code}@${i.row}:${i.columnNumber ?? "-"}`)).toEqual([
      "missing-cell@2:2",
      "missing-cell@2:3",
      "extra-cell@502:4",
      "blank-row@503:-",
    ]);
    expect(structure.omitted).toHaveLength(1);
    expect(structure.omitted[0]?.count).toBe(998);
    expect(structure.omitted[0]?.like).toMatchObject({ code: "missing-cell", row: 3, columnNumber: 2 });
    // Without a limit, every one is kept.
    const all = createCsvReader({ file: "t.csv" }, { onRow: () => undefined });
    all.push(`a,b,c\n${Array.from({ length: 500 }, (_, i) => `${i}\n`).join("")}`);
    expect(all.end()).toMatchObject({ omitted: [] });
  });

  it("detects the delimiter silently in auto mode", () => {
    expect(read("id;name\n1;Ani\n", 1 << 20, { delimiter: "auto" }).codes).toEqual([]);
  });

  it("reports an unclosed quote at the row where it opens", () => {
    expect(read('a,b\n1,"open\n2,x\n').codes).toEqual(["unclosed-quote@2:-"]);
  });
});

describe("chunk decoder", () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  it.each([1, 2, 3, 4])("decodes UTF-8 split inside characters (chunks of %i bytes)", (size) => {
    const bytes = encode("kopi ☕ 中国 é\n");
    const decoder = createChunkDecoder();
    let text = "";
    for (let i = 0; i < bytes.length; i += size) text += decoder.decode(bytes.subarray(i, i + size));
    text += decoder.end();
    expect(text).toBe("kopi ☕ 中国 é\n");
    expect(decoder.report()).toEqual({ encoding: "utf-8", bom: false, notUtf8: false });
  });

  it("strips a UTF-8 BOM and reads UTF-16 with a BOM", () => {
    expect(read(Uint8Array.from([0xef, 0xbb, 0xbf, ...encode("a\n1\n")]), 1).encoding.bom).toBe(true);
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[..."a,b\r\n1,2"].flatMap((c) => [c.charCodeAt(0), 0])]);
    const { rows, encoding } = read(utf16, 3);
    expect(encoding).toMatchObject({ encoding: "utf-16le", bom: true });
    expect(rows).toEqual([[2, ["1", "2"]]]);
  });

  it("reads Windows-1252 and says where the first non-UTF-8 byte is", () => {
    const bytes = Uint8Array.from([...encode("id,name\n1,ok\n2,Caf"), 0xe9, 0x0a]);
    const { rows, encoding } = read(bytes, 4);
    expect(rows[1]).toEqual([3, ["2", "Café"]]);
    expect(encoding).toEqual({
      encoding: "windows-1252",
      bom: false,
      notUtf8: true,
      invalidOffset: 18,
      invalidByte: "0xE9",
      invalidLine: 3,
    });
  });
});
