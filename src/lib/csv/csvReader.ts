import Papa from "papaparse";
import { type Issue, issue } from "../issue.ts";
import { detached } from "./detached.ts";

/** Receives the header once, then each data row with its Frictionless row number (header = 1). */
export interface CsvHandlers {
  onHeader?: (header: string[]) => void;
  /**
   * A non-blank data row; `cells` may be shorter or longer than the header (already reported).
   * `fingerprint` is the row's hash when it was asked for (see `CsvReadOptions.fingerprint`), and
   * `screen` what its cells may hold (see `CsvReadOptions.screen`).
   */
  onRow: (cells: string[], rowNumber: number, fingerprint?: number, screen?: number) => void;
}

/** How the file is expected to be written. */
export interface CsvReaderOptions {
  /** Path shown in issues. */
  file: string;
  /**
   * The delimiter: `","` (default) means a `;` or TAB found instead is reported as an error and
   * then used, so the rest of the file is still checked; `"auto"` detects it silently.
   */
  delimiter?: "," | ";" | "\t" | "|" | "auto";
  /** Whether the first row is the header (Frictionless `header: false` numbers data rows from 1). */
  header?: boolean;
  /**
   * Start in the middle of a file, at the start of a record (see `csv/readCsvRange.ts`): the header,
   * delimiter and line break are those found at the file's start; rows are numbered from 1 at the
   * first record read, and the header is neither read nor handed to `onHeader`.
   */
  continuing?: CsvDialect;
  /**
   * The most structure issues kept per code (default: all); the rest are counted (`CsvStructure.omitted`).
   * A file with a cell missing in every row would otherwise hold an issue per row until its end.
   */
  issueLimit?: number;
}

/** How a file's start says its records are written: header, delimiter and line break. */
export interface CsvDialect {
  header: string[];
  delimiter: string;
  newline: "\n" | "\r\n" | "\r";
}

/** What the structural pass learnt about a CSV file. */
export interface CsvStructure {
  header: string[];
  /** Non-blank data rows. */
  rowCount: number;
  /** Records read, the header and blank rows included: the row number of the last one. */
  records: number;
  delimiter: string;
  newline: string;
  /** The structure issues found, at most `CsvReaderOptions.issueLimit` of each code. */
  issues: Issue[];
  /** Per code, the issues found beyond `issueLimit` (not kept, so that memory stays flat): the first, and how many. */
  omitted: OmittedStructureIssues[];
}

/** Structure issues of one code found beyond the reader's limit: the first of them, and how many there were. */
export interface OmittedStructureIssues {
  like: Issue;
  count: number;
}

/** A CSV reader fed with text chunks: rows are handed over as soon as they are complete. */
export interface CsvReader {
  push(text: string): void;
  end(): CsvStructure;
  /** Whether the text pushed so far ends where a record ends (nothing is held back for the next push). */
  atRecordEnd(): boolean;
}

const candidates = [",", ";", "\t", "|"] as const;

/**
 * The widest table read: a header or row with more columns is reported (`too-many-columns`) instead of
 * being checked cell by cell, so a hostile file cannot make the validator allocate without bound.
 */
export const maxColumns = 1000;

// A header line longer than this (1 MiB) is parsed before its end is seen.
const maxFirstLineWait = 1 << 20;
const delimiterCode: Readonly<Record<string, string>> = { ";": "semicolon-delimiter", "\t": "tab-delimiter" };

/**
 * Creates a streaming CSV reader (RFC 4180 quoting, papaparse's core parser) that reports
 * structure problems the way Frictionless does: blank or duplicate labels, blank rows, a missing or
 * extra cell at its position, unclosed or malformed quotes, and a `;` or TAB export. A final newline
 * is not a row.
 */
export function createCsvReader(options: CsvReaderOptions, handlers: CsvHandlers): CsvReader {
  const { file } = options;
  const wantHeader = options.header ?? true;
  const kept: Issue[] = [];
  const limit = options.issueLimit ?? Number.POSITIVE_INFINITY;
  const perCode = new Map<string, number>();
  const omitted = new Map<string, OmittedStructureIssues>();
  // Keeps an issue, or counts it once `limit` of its code are kept.
  const issues = {
    push(found: Issue): void {
      const seen = (perCode.get(found.code) ?? 0) + 1;
      perCode.set(found.code, seen);
      if (seen <= limit) kept.push(found);
      else {
        const entry = omitted.get(found.code);
        if (entry) entry.count += 1;
        else omitted.set(found.code, { like: found, count: 1 });
      }
    },
  };
  let parser: Papa.Parser | undefined;
  let partial = "";
  let header: string[] | undefined = options.continuing?.header;
  let width = header?.length ?? 0;
  let rowNumber = 0;
  let rowCount = 0;
  let delimiter: string =
    options.delimiter === "auto" || options.delimiter === undefined ? "," : options.delimiter;
  let newline: "\n" | "\r\n" | "\r" = options.continuing?.newline ?? "\n";
  if (options.continuing) {
    delimiter = options.continuing.delimiter;
    parser = new Papa.Parser({ delimiter: delimiter as ",", newline, quoteChar: '"' });
  }
  // Set when the header is too wide to check: the rest of the file is skipped.
  let abandoned = false;
  // Delimiters seen on the first line while waiting for its end, per candidate.
  const firstLineCounts = candidates.map(() => 0);

  const abandon = (count?: number): void => {
    abandoned = true;
    header = [];
    issues.push(
      issue({
        code: "too-many-columns",
        file,
        row: 1,
        rule: `csv: at most ${maxColumns} columns`,
        params: { limit: maxColumns, ...(count === undefined ? {} : { count }) },
      }),
    );
  };

  const start = (text: string): void => {
    newline = detectNewline(text);
    const end = text.indexOf(newline);
    const firstLine = end < 0 ? text : text.slice(0, end);
    if (options.delimiter === undefined || options.delimiter === "auto") {
      const found = detectDelimiter(firstLine);
      const code = delimiterCode[found];
      if (options.delimiter === undefined && code)
        issues.push(
          issue({
            code,
            file,
            row: 1,
            value: firstLine.slice(0, 80),
            rule: "csv: comma delimiter",
            params: {},
          }),
        );
      delimiter = found;
    }
    parser = new Papa.Parser({ delimiter: delimiter as ",", newline, quoteChar: '"' });
  };

  const take = (rows: string[][], errors: Papa.ParseError[], complete: boolean): void => {
    const base = rowNumber;
    for (const error of errors) {
      // Errors of a row held back for the next chunk are reported when that row is complete.
      const index = error.row ?? 0;
      if (!complete && index >= rows.length) continue;
      const row = base + index + 1;
      const code =
        error.code === "MissingQuotes"
          ? "unclosed-quote"
          : error.code === "InvalidQuotes"
            ? "invalid-quote"
            : "";
      if (code) issues.push(issue({ code, file, row, rule: "csv: RFC 4180 quoting", params: {} }));
    }
    for (const cells of rows) {
      rowNumber += 1;
      if (abandoned) return;
      if (header === undefined && wantHeader) {
        if (cells.length > maxColumns) {
          abandon(cells.length);
          return;
        }
        header = cells;
        width = cells.length;
        checkHeader(cells, file, issues);
        handlers.onHeader?.(cells);
        continue;
      }
      if (header === undefined) {
        header = cells.map((_c, index) => `field${index + 1}`);
        width = cells.length;
        handlers.onHeader?.(header);
      }
      if (isBlank(cells)) {
        issues.push(
          issue({ code: "blank-row", file, row: rowNumber, rule: "csv: no blank rows", params: {} }),
        );
        continue;
      }
      rowCount += 1;
      if (cells.length > maxColumns) {
        // One issue for the row, not one per extra cell; the header's columns are still checked.
        issues.push(
          issue({
            code: "too-many-columns",
            file,
            row: rowNumber,
            rule: `csv: at most ${maxColumns} columns`,
            params: { limit: maxColumns, count: cells.length },
          }),
        );
        handlers.onRow(cells.slice(0, width), rowNumber);
        continue;
      }
      if (cells.length !== width) cellCountIssues(cells, header, rowNumber, file, issues);
      handlers.onRow(cells, rowNumber);
    }
  };

  const parse = (text: string, complete: boolean): void => {
    if (!parser) start(text);
    const result = (parser as Papa.Parser).parse(text, 0, !complete) as Papa.ParseResult<string[]>;
    take(result.data, result.errors, complete);
    partial = complete ? "" : text.slice(result.meta.cursor);
  };

  return {
    push(text) {
      if (abandoned) return;
      // A byte-order mark left in decoded text is not part of the first label.
      const aggregate =
        parser === undefined && partial === "" && text.startsWith("\ufeff") ? text.slice(1) : partial + text;
      // Wait for a whole first line, so the newline and the delimiter are detected on it; a header far
      // wider than any table is recognised on the way, before it is split into cells.
      if (!parser && !/\n|\r[\s\S]/.test(aggregate)) {
        candidates.forEach((candidate, index) => {
          firstLineCounts[index] = (firstLineCounts[index] ?? 0) + text.split(candidate).length - 1;
        });
        if (Math.max(...firstLineCounts) >= maxColumns * 2) {
          partial = "";
          abandon();
          return;
        }
        if (aggregate.length < maxFirstLineWait) {
          partial = aggregate;
          return;
        }
      }
      parse(aggregate, false);
    },
    end() {
      if (partial !== "" && !abandoned) parse(partial, true);
      if (header === undefined) {
        issues.push(issue({ code: "empty-file", file, rule: "csv: a header row", params: {} }));
        header = [];
      }
      return {
        header,
        rowCount,
        records: rowNumber,
        delimiter,
        newline,
        issues: kept,
        omitted: [...omitted.values()],
      };
    },
    atRecordEnd: () => partial === "",
  };
}

/** Where the reader's structure issues go. */
interface IssueList {
  push(found: Issue): void;
}

function detectNewline(sample: string): "\n" | "\r\n" | "\r" {
  // Line breaks inside quoted cells say nothing about the file's line endings.
  const text = sample.slice(0, 65536).replace(/"[^"]*"/g, "");
  const lf = text.indexOf("\n");
  if (lf > 0 && text[lf - 1] === "\r") return "\r\n";
  if (lf < 0 && text.includes("\r")) return "\r";
  return "\n";
}

function detectDelimiter(line: string): string {
  let best = ",";
  let bestCount = 0;
  for (const candidate of candidates) {
    const count = line.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== "") return false;
  return true;
}

function cellCountIssues(
  cells: readonly string[],
  header: readonly string[],
  row: number,
  file: string,
  issues: IssueList,
): void {
  const expected = header.length;
  const actual = cells.length;
  if (actual > expected) {
    for (let index = expected; index < actual; index += 1) {
      issues.push(
        issue({
          code: "extra-cell",
          file,
          row,
          columnNumber: index + 1,
          value: detached(cells[index] ?? ""),
          rule: `csv: ${expected} cells per row`,
          params: { expected, actual },
        }),
      );
    }
    return;
  }
  for (let index = actual; index < expected; index += 1) {
    issues.push(
      issue({
        code: "missing-cell",
        file,
        row,
        column: header[index] ?? "",
        columnNumber: index + 1,
        rule: `csv: ${expected} cells per row`,
        params: { expected, actual },
      }),
    );
  }
}

function checkHeader(cells: readonly string[], file: string, issues: IssueList): void {
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
    if (first === undefined) {
      seen.set(name, columnNumber);
      return;
    }
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
  });
}
