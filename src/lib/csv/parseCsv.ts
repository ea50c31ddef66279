import Papa from "papaparse";
import { type Issue, issue } from "../issue.ts";

/** One data row of a CSV file with its Frictionless row number (header = 1). */
export interface CsvRow {
  rowNumber: number;
  cells: string[];
}

/** Callbacks that receive the header once, then each data row in order. */
export interface CsvHandlers {
  onHeader?: (header: string[]) => void;
  onRow: (row: CsvRow) => void;
}

/** What the structural pass learnt about a CSV file. */
export interface CsvStructure {
  header: string[];
  rowCount: number;
  issues: Issue[];
}

/**
 * Parses CSV text row by row (comma-delimited, RFC 4180 quoting), reporting structural problems
 * (blank or duplicate headers, blank rows, wrong cell counts, unclosed quotes, a `;`-separated
 * export) and handing each well-formed data row to `onRow`. A final newline is not an error.
 */
export function parseCsv(text: string, file: string, handlers: CsvHandlers): CsvStructure {
  const { onHeader, onRow } = handlers;
  const issues: Issue[] = [];
  let header: string[] | undefined;
  let rowNumber = 0;
  let rowCount = 0;
  const pendingBlank: number[] = [];

  Papa.parse<string[]>(text, {
    delimiter: ",",
    newline: text.includes("\r\n") ? "\r\n" : "\n",
    skipEmptyLines: false,
    step(results, parser) {
      rowNumber += 1;
      const cells = results.data;
      for (const error of results.errors) {
        if (error.code === "MissingQuotes" || error.code === "InvalidQuotes") {
          issues.push(
            issue({
              code: "unclosed-quote",
              file,
              row: rowNumber,
              rule: "csv: quoting",
              params: { detail: error.message },
            }),
          );
        }
      }
      if (header === undefined) {
        header = cells;
        if (isSemicolonHeader(cells)) {
          // Nothing else can be read reliably; one clear message beats one per row.
          issues.push(
            issue({
              code: "semicolon-delimiter",
              file,
              row: 1,
              value: cells[0] ?? "",
              rule: "csv: comma delimiter",
              params: {},
            }),
          );
          parser.abort();
          return;
        }
        checkHeader(cells, file, issues);
        onHeader?.(cells);
        return;
      }
      if (cells.length === 1 && cells[0] === "") {
        pendingBlank.push(rowNumber);
        return;
      }
      // Blank lines before this row were real blank rows, not the file's trailing newline.
      for (const blank of pendingBlank.splice(0)) {
        issues.push(issue({ code: "blank-row", file, row: blank, rule: "csv: no blank rows", params: {} }));
      }
      if (cells.every((c) => c.trim() === "")) {
        issues.push(
          issue({ code: "blank-row", file, row: rowNumber, rule: "csv: no blank rows", params: {} }),
        );
        return;
      }
      rowCount += 1;
      if (cells.length !== header.length) {
        const code = cells.length > header.length ? "extra-cell" : "missing-cell";
        issues.push(
          issue({
            code,
            file,
            row: rowNumber,
            rule: `csv: ${header.length} cells per row`,
            params: { expected: header.length, actual: cells.length },
          }),
        );
      }
      onRow({ rowNumber, cells });
    },
  });
  // A single blank line at the very end is the file's final newline; more than one is a blank row.
  for (const blank of pendingBlank.slice(0, -1)) {
    issues.push(issue({ code: "blank-row", file, row: blank, rule: "csv: no blank rows", params: {} }));
  }
  if (header === undefined) {
    issues.push(issue({ code: "empty-file", file, rule: "csv: a header row", params: {} }));
    header = [];
  }
  return { header, rowCount, issues };
}

function isSemicolonHeader(cells: readonly string[]): boolean {
  return cells.length === 1 && (cells[0] ?? "").includes(";");
}

function checkHeader(cells: string[], file: string, issues: Issue[]): void {
  const seen = new Map<string, number>();
  cells.forEach((name, index) => {
    const columnNumber = index + 1;
    if (name.trim() === "") {
      issues.push(
        issue({
          code: "blank-label",
          file,
          row: 1,
          columnNumber,
          rule: "csv: every column has a name",
          params: {},
        }),
      );
      return;
    }
    const first = seen.get(name);
    if (first !== undefined) {
      issues.push(
        issue({
          code: "duplicate-label",
          file,
          row: 1,
          column: name,
          columnNumber,
          value: name,
          rule: "csv: column names are unique",
          params: { first },
        }),
      );
    } else {
      seen.set(name, columnNumber);
    }
  });
}
