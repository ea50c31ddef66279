import { describe, expect, it } from "vitest";
import { createChunkDecoder } from "../../../src/lib/csv/chunkDecoder.ts";
import { createCsvReader } from "../../../src/lib/csv/csvReader.ts";
import type { Issue } from "../../../src/lib/issue.ts";
import { corpusBytes, corpusJson, hasCorpus } from "./corpora.ts";

/** Reads CSV bytes through the project's CSV layer, in chunks of `size` bytes. */
function readCsv(bytes: Uint8Array, size = bytes.length || 1) {
  const rows: string[][] = [];
  let header: string[] = [];
  const decoder = createChunkDecoder();
  const reader = createCsvReader(
    { file: "x.csv", delimiter: "auto" },
    { onHeader: (h) => (header = h), onRow: (cells) => rows.push(cells) },
  );
  for (let i = 0; i < bytes.length; i += size) reader.push(decoder.decode(bytes.subarray(i, i + size)));
  reader.push(decoder.end());
  const { issues } = reader.end();
  const objects = rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""])));
  return { header, rows, objects, issues: issues as Issue[], encoding: decoder.report() };
}

describe.skipIf(!hasCorpus("csv-spectrum"))("csv-spectrum", () => {
  const pairs = hasCorpus("csv-spectrum")
    ? Object.entries(corpusJson<{ cases: Record<string, string> }>("csv-spectrum/expected.json").cases)
    : [];
  describe.each(pairs)("%s", (csv, json) => {
    it.each([1, 7, 1 << 20])("parses to the expected values in chunks of %i bytes", (size) => {
      const { objects, issues } = readCsv(corpusBytes(`csv-spectrum/${csv}`), size);
      expect(issues).toEqual([]);
      expect(objects).toEqual(corpusJson(`csv-spectrum/${json}`));
    });
  });
});

describe.skipIf(!hasCorpus("csv-bom-encodings"))("BOM and UTF-16 files", () => {
  const cases = hasCorpus("csv-bom-encodings")
    ? Object.entries(
        corpusJson<{ cases: Record<string, { header: string[]; rows: Record<string, string>[] }> }>(
          "csv-bom-encodings/expected.json",
        ).cases,
      )
    : [];
  describe.each(cases)("%s", (file, expected) => {
    it.each([1, 3, 1024])("reads the header and rows in chunks of %i bytes", (size) => {
      const { header, objects, issues } = readCsv(corpusBytes(`csv-bom-encodings/${file}`), size);
      expect(header).toEqual(expected.header);
      expect(objects).toEqual(expected.rows);
      expect(issues).toEqual([]);
    });
  });
});

interface PapaCase {
  description: string;
  input: string;
  config?: Record<string, unknown>;
  expected: { data: unknown[][]; errors: Array<{ code: string; row?: number }> };
}

// papaparse options the project's CSV layer has an equivalent for.
const comparable = (c: PapaCase) =>
  Object.keys(c.config ?? {}).every((k) => k === "delimiter" || k === "newline") &&
  typeof (c.config?.delimiter ?? ",") === "string" &&
  [",", ";", "\t", "|"].includes(String(c.config?.delimiter ?? ","));

describe.skipIf(!hasCorpus("papaparse"))("papaparse inline cases through the project's CSV layer", () => {
  const all = hasCorpus("papaparse")
    ? (() => {
        const file = corpusJson<Record<string, { cases: PapaCase[] }>>("papaparse/inline-cases.json");
        return [...(file.CORE_PARSER_TESTS?.cases ?? []), ...(file.PARSE_TESTS?.cases ?? [])];
      })()
    : [];
  // Rows of cells, as the project reads them: the header is the first row, a final newline is no row.
  const cases = all.filter(comparable).filter((c) => c.expected.errors.length === 0 && c.input !== "");
  it("covers the cases without options the project does not have", () => {
    expect(cases.length).toBeGreaterThan(40);
  });
  describe.each(cases.map((c) => [c.description, c] as const))("%s", (_d, c) => {
    it("gives papaparse's rows", () => {
      const rows: string[][] = [];
      const reader = createCsvReader(
        { file: "x.csv", delimiter: (c.config?.delimiter as ",") ?? "auto" },
        { onHeader: (h) => rows.push(h), onRow: (cells) => rows.push(cells) },
      );
      reader.push(c.input);
      reader.end();
      // papaparse keeps a trailing empty line as a row; the project treats the final newline as the end of the file.
      const expected = c.expected.data.filter(
        (row, i, all) =>
          !(i === all.length - 1 && row.length === 1 && row[0] === "" && /\r?\n$|\r$/.test(c.input)),
      );
      // After the header, the project reports blank rows as blank-row issues instead of handing them over.
      const blank = (row: unknown[]) => row.every((cell) => String(cell).trim() === "");
      expect(rows).toEqual(expected.filter((row, i) => i === 0 || !blank(row)).map((row) => row.map(String)));
    });
  });

  const quoteCases = all
    .filter(comparable)
    .filter((c) => c.expected.errors.some((e) => /Quotes/.test(e.code)));
  describe.each(quoteCases.map((c) => [c.description, c] as const))("%s", (_d, c) => {
    it("reports the malformed quote", () => {
      const reader = createCsvReader({ file: "x.csv", delimiter: "auto" }, { onRow: () => undefined });
      reader.push(c.input);
      const codes = reader.end().issues.map((i) => i.code);
      expect(codes.some((code) => code === "unclosed-quote" || code === "invalid-quote")).toBe(true);
    });
  });
});
