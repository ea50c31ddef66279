import type { EncodingReport } from "../csv/chunkDecoder.ts";
import type { CsvDialect } from "../csv/csvReader.ts";
import { guessRecordStart } from "../csv/guessRecordStart.ts";
import { type CsvChunkReader, csvChunkParser } from "../csv/readCsvChunks.ts";
import {
  type CsvByteRange,
  type CsvRangeRead,
  type ReadByteRange,
  readCsvRange,
} from "../csv/readCsvRange.ts";
import { hashRow } from "../csv/rowHash.ts";
import { joinBytes } from "../downloads/joinBytes.ts";
import { type Issue, issue } from "../issue.ts";
import { KeyIndex } from "../rules/keyIndex.ts";
import type { DatasetCheck, DatasetInfo, Emit, Rule, RuleEnvironment } from "../rules/rule.ts";
import type { FieldInfo } from "../schema/fieldInfo.ts";
import { CsvRow } from "./csvRow.ts";
import { GrowingArray } from "./growingArray.ts";
import type { IssueSink } from "./issueSink.ts";
import { type DatasetReadArgs, readCsvDataset } from "./readCsvDataset.ts";
import { type ReplayColumn, ReplayColumnBuilder, replayColumnReader } from "./replayColumn.ts";

/** One range of a large CSV file, checked in another thread (see `readCsvInRanges`). */
export interface CsvRangeTask {
  dataset: string;
  range: CsvByteRange;
  /**
   * `range.start` is a cut, not a record's start: the range starts at the first record that starts at or
   * after it, guessed from the bytes after it or found by the parity of the quotes before it (see
   * `recordStartAt`).
   */
  seek?: boolean;
  /** How the file's start says its records are written. */
  dialect: CsvDialect;
  /** `windows-1252` once an earlier range held a byte that is not UTF-8 (the rest of the file is read so). */
  encoding: "auto" | "windows-1252";
  /** The datasets read before this one. */
  complete: string[];
  /** The keys of the datasets read before that this one points at: `dataset.field` → [value, first row]. */
  keys: Array<[string, Array<[unknown, number]>]>;
  /** The columns whose values the calling thread needs (see `RangeRole.replay`). */
  replay: string[];
  issueLimit: number;
  /** The run's clock (ms since 1970). */
  now: number;
}

/** Issues not listed (beyond the limit per file and code), counted. */
export interface OmittedIssues {
  like: Pick<Issue, "file" | "code" | "dataset" | "severity">;
  count: number;
}

/** What a range's thread sends back: its issues, and per row what the calling thread still checks. */
export interface CsvRangeResult {
  /** Where the range started (the calling thread checks it against where the previous one ended). */
  start: number;
  end: number;
  newlines: number;
  records: number;
  rowCount: number;
  encoding: EncodingReport;
  /** Structure issues (blank rows, cell counts, quotes), rows numbered from 1 at the range's first record. */
  structure: Issue[];
  /** Issues of the schema and of the rules run in the range, in the order found, each with its stage. */
  issues: Issue[];
  stages: number[];
  omitted: OmittedIssues[];
  /** Each non-blank row's number (from 1 in the range), fingerprint and values of the `replay` columns. */
  rows: Int32Array;
  fingerprints: Float64Array;
  values: ReplayColumn[];
}

/** Runs range tasks in other threads (`src/node/csv/csvRangeRunner.ts`). */
export interface CsvRangeRunner {
  /** How many ranges it checks at once, beside the calling thread's own. */
  threads: number;
  /** Files smaller than this are read whole. */
  minBytes: number;
  /** The smallest piece taken from the end of the calling thread's range (default `pieceBytes`). */
  pieceBytes?: number;
  run(task: CsvRangeTask): Promise<CsvRangeResult>;
  /** Called when no task is running or waiting: the runner may free its idle threads until the next `run`. */
  release?(): void;
}

/**
 * The issues found in a range, with each one's stage (0: reading and the schema, `i + 1`: the
 * `i`th rule), kept up to `limit` per file and code as `cappedSink` keeps them, the rest counted.
 */
export function stagedIssues(limit: number) {
  const issues: Issue[] = [];
  const stages: number[] = [];
  const seen = new Map<string, number>();
  const omitted = new Map<string, OmittedIssues>();
  return {
    issues,
    stages,
    omitted,
    push(found: Issue, stage: number): void {
      const group = `${found.file}\u0000${found.code}\u0000${found.dataset ?? ""}\u0000${found.severity}`;
      const count = (seen.get(group) ?? 0) + 1;
      seen.set(group, count);
      if (count <= limit) {
        issues.push(found);
        stages.push(stage);
        return;
      }
      const entry = omitted.get(group);
      if (entry) entry.count += 1;
      else
        omitted.set(group, {
          like: {
            file: found.file,
            code: found.code,
            severity: found.severity,
            dataset: found.dataset ?? "",
          },
          count: 1,
        });
    },
  };
}

/** Each check's emit, which stages what it finds with the check's stage: made once, not per row. */
function stagedEmits(
  checks: ReadonlyArray<readonly [number, DatasetCheck]>,
  staged: { push(found: Issue, stage: number): void },
): Emit[] {
  return checks.map(
    ([stage]) =>
      (found: Issue) =>
        staged.push(found, stage),
  );
}

/** A key index that keeps nothing: the keys of a dataset a range's thread collects for no one. */
class IgnoredKeys extends Map<unknown, number> {
  override set(): this {
    return this;
  }
}

/** What a range's thread has prepared once: the datasets, the rules' world and how to validate records. */
export interface RangeSetup {
  infos: ReadonlyMap<string, DatasetInfo>;
  environment: Pick<RuleEnvironment, "reference" | "registry">;
  rules: readonly Rule[];
  /** `validate` and `properties` of a dataset (see `DatasetReadArgs`). */
  validators(info: DatasetInfo): Pick<DatasetReadArgs, "validate" | "properties">;
}

/**
 * Checks one range of a CSV file in a thread of its own: reads it (`readCsvRange`), validates each row
 * against the schema and runs the rules whose checks need only the row (`RangeRole.inRange`), and
 * returns the issues with, per row, what the calling thread checks across the whole file.
 */
export async function checkCsvRange(
  setup: RangeSetup,
  task: CsvRangeTask,
  read: ReadByteRange,
): Promise<CsvRangeResult> {
  const info = setup.infos.get(task.dataset) as DatasetInfo;
  const complete = new Set(task.complete);
  const shipped = new Map(task.keys.map(([id, entries]) => [id, new KeyIndex(entries)]));
  const ignored = new IgnoredKeys();
  const environment: RuleEnvironment = {
    ...setup.environment,
    datasets: setup.infos,
    now: new Date(task.now),
    isComplete: (name) => complete.has(name),
    keyIndex: (dataset, field) => shipped.get(`${dataset}.${field}`) ?? ignored,
  };
  const checks: Array<readonly [number, DatasetCheck]> = [];
  setup.rules.forEach((rule, index) => {
    if (!rule.ranges?.inRange) return;
    const check = rule.start(environment).dataset(info);
    if (check) checks.push([index + 1, check]);
  });
  const staged = stagedIssues(task.issueLimit);
  const emits = stagedEmits(checks, staged);
  // The header's issues are the first range's to report.
  let header = false;
  const sink: IssueSink = {
    push(...found) {
      if (!header) for (const item of found) staged.push(item, 0);
    },
  };
  let outcome: CsvRangeRead | undefined;
  const start = task.seek ? await recordStartAt(read, task.range.start, task.range.size) : task.range.start;
  const range = { ...task.range, start, end: Math.max(start, task.range.end) };
  const reader: CsvChunkReader = {
    parallel: true,
    async read(_chunks, options, handlers) {
      header = true;
      handlers.onHeader?.(task.dialect.header);
      header = false;
      outcome = await readCsvRange(
        read,
        range,
        { ...options, continuing: task.dialect, encoding: task.encoding },
        handlers,
      );
      // The structure and encoding are reported by the calling thread, with the file's row numbers.
      return {
        structure: { ...outcome.structure, issues: [], omitted: [] },
        encoding: { ...outcome.encoding, notUtf8: false },
      };
    },
  };
  const rows = new GrowingArray(Int32Array);
  const fingerprints = new GrowingArray(Float64Array);
  const values = task.replay.map(() => new ReplayColumnBuilder());
  let at: number[] | undefined;
  let key = -1;
  await readCsvDataset({
    info,
    io: { readFile: () => Promise.reject(new Error("read in ranges")) },
    ...setup.validators(info),
    issues: sink,
    csvReader: reader,
    shareValues: true,
    issueLimit: task.issueLimit,
    onRecord(context, columns) {
      if (at === undefined) {
        const known = columns ?? info.columns ?? new Map<string, number>();
        (info as { columns?: ReadonlyMap<string, number> }).columns ??= known;
        at = task.replay.map((name) => (known.get(name) ?? 0) - 1);
        key = info.primaryKey === undefined ? -1 : (known.get(info.primaryKey) ?? 0) - 1;
      }
      for (let c = 0; c < checks.length; c += 1) checks[c]?.[1].row(context, emits[c] as Emit);
      rows.push(context.row);
      fingerprints.push(context.fingerprint ?? hashRow(context.cells ?? [], key));
      const rowValues = context.values ?? [];
      for (let j = 0; j < at.length; j += 1) values[j]?.add(rowValues[at[j] as number]);
    },
  });
  const done = outcome as CsvRangeRead;
  return {
    start,
    end: done.end,
    newlines: done.newlines,
    records: done.structure.records,
    rowCount: done.structure.rowCount,
    encoding: done.encoding,
    structure: done.structure.issues.map((found) => ({ ...found, dataset: info.name })),
    issues: staged.issues,
    stages: staged.stages,
    // Structure issues beyond the limit, counted, as the calling thread's sink counts them.
    omitted: [
      ...staged.omitted.values(),
      ...done.structure.omitted.map(({ like, count }) => ({
        like: { file: like.file, code: like.code, severity: like.severity, dataset: info.name },
        count,
      })),
    ],
    rows: rows.take(),
    fingerprints: fingerprints.take(),
    values: values.map((column) => column.pack()),
  };
}

/** What `readCsvInRanges` needs from `validateFolder`. */
export interface RangeReadContext {
  info: DatasetInfo;
  read: ReadByteRange;
  size: number;
  runner: CsvRangeRunner;
  sink: IssueSink;
  /** The rules' checks of this dataset in the calling thread, each with its stage and rule. */
  checks: ReadonlyArray<readonly [number, Rule, DatasetCheck]>;
  environment: Pick<RuleEnvironment, "datasets" | "isComplete" | "keyIndex">;
  /** The datasets read before this one. */
  complete: string[];
  issueLimit: number;
  now: Date;
  /** Reads the first range in this thread with every check, as a whole file is read, through `reader`. */
  readFirst(reader: CsvChunkReader): Promise<number>;
  /** Called after each range with the rows checked so far. */
  onRows?(rows: number): void;
}

// The first 1 MiB holds the header of any file worth splitting.
const headerWindow = 1 << 20;

/**
 * Checks a large CSV file in byte ranges on several threads, with the same issues, in the same order,
 * as reading it in one thread: this thread reads the first range with every check, while each other
 * thread reads, parses and checks a range of its own (schema and row rules) and sends back its issues
 * and, per row, the values the checks across rows need (keys, duplicates, references to records not
 * read yet), which this thread then runs in row order with the file's row numbers. Another thread done
 * with its range before this one takes pieces from the end of this thread's range (`takeOwnEnd`), which
 * this thread then stops short of. A range starts at
 * the first record start after its cut (by the parity of the quotes before it), checked against where
 * the previous range's last record truly ended; where they differ (broken quotes) it is read again.
 * Returns the rows read, or `undefined` when the file is read whole instead (small, not a comma-separated
 * UTF-8 file with a header, or a rule that cannot run split).
 */
export async function readCsvInRanges(context: RangeReadContext): Promise<number | undefined> {
  const { info, read, size, runner, sink } = context;
  if (runner.threads < 1 || size < runner.minBytes) return undefined;
  const found = await dialectOf(read, size, info.entry.path);
  if (!found) return undefined;
  const { rows: expected, ...dialect } = found;
  const columns = new Map<string, number>();
  dialect.header.forEach((name, index) => {
    if (name !== "" && !columns.has(name)) columns.set(name, index + 1);
  });
  (info as { columns?: ReadonlyMap<string, number> }).columns ??= columns;
  const replay = replayPlan(context);
  if (!replay) return undefined;
  const starts = [0, ...rangeCuts(size, runner.threads).filter((cut, k, all) => cut > (all[k - 1] ?? 0))];
  if (starts.length < 2) return undefined;
  // The checks across the file get their tables made about as large as the file needs, at once.
  for (const [, check] of replay.checks) check.reserve?.(expected);

  const keys = shippedKeys(context);
  const task = (
    start: number,
    to: number,
    encoding: CsvRangeTask["encoding"],
    seek = false,
  ): CsvRangeTask => ({
    dataset: info.name,
    range: { start, end: Math.max(start, to), size },
    seek,
    dialect,
    encoding,
    complete: context.complete,
    keys,
    replay: replay.columns,
    issueLimit: context.issueLimit,
    now: context.now.getTime(),
  });
  // What is after this thread's range, in file order: the pieces other threads took from its end
  // (`takeOwnEnd`, once they were done with their own range before this thread), then their ranges.
  const later: Piece[] = starts.slice(1).map((start, k) => ({ start, end: starts[k + 2] ?? size }));
  const own = { end: starts[1] as number, read: 0, done: false, smallest: runner.pieceBytes ?? pieceBytes };
  const other = async (range: Piece): Promise<void> => {
    for (let piece: Piece | undefined = range; piece; piece = takeOwnEnd(own)) {
      // Before the pieces taken from that end earlier, after this thread's range.
      if (piece !== range) later.unshift(piece);
      piece.running = runner.run(task(piece.start, piece.end, "auto", true));
      try {
        piece.result = await piece.running;
      } catch {
        // Reported when this thread comes to the piece.
        return;
      }
    }
  };
  for (const range of [...later]) void other(range);
  let first: CsvRangeRead | undefined;
  // This thread's reads, counted: a piece is taken from its range's end only past what it has read.
  const counted: ReadByteRange = async function* (from, to) {
    for await (const chunk of read(from, to)) {
      own.read = Math.max(own.read, from) + chunk.length;
      yield chunk;
    }
  };
  let rowCount: number;
  try {
    rowCount = await context.readFirst({
      parallel: true,
      async read(_chunks, options, handlers) {
        const range = { start: 0, end: own.end, size, until: () => own.end };
        first = await readCsvRange(counted, range, options, handlers);
        return first;
      },
    });
  } finally {
    own.done = true;
  }
  if (!first) return rowCount;
  let end = first.end;
  let records = first.structure.records;
  let newlines = first.newlines;
  let latin = first.encoding.notUtf8;
  context.onRows?.(rowCount);
  const plan = dialect.header.map((name, index) =>
    columns.get(name) === index + 1 ? info.fields.get(name) : undefined,
  );
  const last = later[later.length - 1];
  for (const piece of later) {
    let result = piece.result ?? (await (piece.running as Promise<CsvRangeResult>));
    // The last piece is in: the other threads are free, and ended before this thread's replay adds to its
    // memory (one is started again if a piece must be read again).
    if (piece === last) runner.release?.();
    // Replayed once: its result is not kept.
    piece.result = undefined;
    piece.running = undefined;
    if (end >= size) continue;
    const encoding = latin ? "windows-1252" : "auto";
    // Read again from where the previous range ended, or as Windows-1252 after a byte that is not UTF-8.
    const readAsLatin = result.encoding.encoding === "windows-1252" && !result.encoding.notUtf8;
    if (result.start !== end || (latin && !readAsLatin))
      result = await runner.run(task(end, piece.end, encoding));
    replayRange(context, replay, plan, result, records);
    if (result.encoding.notUtf8 && !latin) sink.push(encodingIssue(info, result.encoding, end, newlines));
    for (const found of result.structure)
      sink.push(found.row === undefined ? found : { ...found, row: found.row + records });
    latin ||= result.encoding.notUtf8;
    end = result.end;
    records += result.records;
    newlines += result.newlines;
    rowCount += result.rowCount;
    context.onRows?.(rowCount);
  }
  return rowCount;
}

/** The header, delimiter and line break at a file's start, when the file can be split: UTF-8, commas, LF or CRLF. */
async function dialectOf(
  read: ReadByteRange,
  size: number,
  file: string,
): Promise<(CsvDialect & { rows: number }) | undefined> {
  let header: string[] | undefined;
  let rows = 0;
  // Only the header and the rows are counted here: the first range's reading reports the issues (a
  // cell missing in every row of the first MiB would otherwise be a million issues held at once).
  const parser = csvChunkParser(
    { file, issueLimit: 0 },
    {
      onHeader: (names) => (header = names),
      onRow: () => {
        rows += 1;
      },
    },
  );
  const window = Math.min(size, headerWindow);
  for await (const chunk of read(0, window)) parser.push(chunk);
  const { structure, encoding } = parser.end();
  if (!header || header.length === 0 || encoding.encoding !== "utf-8" || structure.delimiter !== ",")
    return undefined;
  if (structure.newline !== "\n" && structure.newline !== "\r\n") return undefined;
  return { header, delimiter: ",", newline: structure.newline, rows: rowsAbout(rows, window, size) };
}

/**
 * About how many rows a file of `size` bytes holds when its first `window` bytes hold `rows` (the last
 * one cut short, likely): nine tenths of the proportion, so that tables made that large at once
 * (`DatasetCheck.reserve`) are not made larger than rows of about the same length need, and never more
 * than `mostRowsReserved`. Tables of a file whose later rows are shorter grow the rest of the way as
 * they fill; a file whose later rows are longer may get tables larger than its rows need, by at most
 * what `mostRowsReserved` rows take.
 */
export function rowsAbout(rows: number, window: number, size: number): number {
  if (rows <= 1 || window <= 0) return 0;
  return Math.min(mostRowsReserved, Math.floor(((rows - 1) * size * 0.9) / window));
}

/**
 * The most rows tables are made for at once: a file that starts with short rows and goes on with long
 * ones (a thousand blank-ish lines, then realistic rows) would otherwise be estimated at many times its
 * rows, and get gigabytes of tables. For 2^20 rows the key index and the duplicate-row table hold about
 * 50 MB together, what a real million-row file needs anyway; a larger file's tables grow on from there.
 */
const mostRowsReserved = 1 << 20;

/** The checks this thread runs on each range's rows and the columns they read, or `undefined` when a rule cannot run split. */
function replayPlan(
  context: RangeReadContext,
): { checks: Array<readonly [number, DatasetCheck]>; columns: string[] } | undefined {
  const checks: Array<readonly [number, DatasetCheck]> = [];
  const columns = new Set<string>();
  for (const [stage, rule, check] of context.checks) {
    const role = rule.ranges;
    if (!role) return undefined;
    if (role.replay) {
      const needed = role.replay(context.info, context.environment);
      if (needed === undefined) return undefined;
      for (const name of needed) columns.add(name);
      checks.push([stage, check]);
    } else if (!role.inRange || check.end) return undefined;
  }
  return { checks, columns: [...columns] };
}

/** The keys of finished datasets this one points at, for the range threads' reference checks. */
function shippedKeys(context: RangeReadContext): Array<[string, Array<[unknown, number]>]> {
  const shipped: Array<[string, Array<[unknown, number]>]> = [];
  for (const field of context.info.fields.values()) {
    const target = field.foreignKey;
    if (target === undefined || target.startsWith("ref:")) continue;
    const id = target.includes(".") ? target : `${target}.id`;
    const dot = id.lastIndexOf(".");
    const dataset = id.slice(0, dot);
    if (!context.environment.isComplete(dataset)) continue;
    shipped.push([id, [...context.environment.keyIndex(dataset, id.slice(dot + 1))]]);
  }
  return shipped;
}

// The calling thread's share of the rows, against 1 for each other thread. Measured with each thread's
// own CPU time over the run (a million realistic rows, two threads): with the range thread's 16 MB young
// generation (csvRangeRunner) a row costs it about as much as the calling thread, and with a share of
// 0.9 the calling thread was done with its range 1.2-1.4 s before the other (timelines of two runs at
// load 1.5: its CPU stopped while the other's ran on), then replayed that range (about 0.6 s). With even
// shares the two ranges took 9.8-10.5 s and 9.7-10.7 s of CPU (two runs at load 3-5). Before that change
// the balance lay at 0.85-0.94 (the range thread spent twice as long collecting garbage).
const ownShare = 1;

/**
 * Where a file of `size` bytes is cut for `threads` other threads: this thread's range first, each range
 * of the same share (`ownShare`). A range runs from the first record start at or after its cut to the
 * first record end at or after the next cut.
 */
export function rangeCuts(size: number, threads: number): number[] {
  const total = ownShare + threads;
  return Array.from({ length: threads }, (_, k) => Math.floor((size * (ownShare + k)) / total));
}

/** A range after the calling thread's: from the first record start at or after `start` to the first record end at or after `end`. */
interface Piece {
  start: number;
  end: number;
  running?: Promise<CsvRangeResult> | undefined;
  /** Its result once in, until it is replayed. */
  result?: CsvRangeResult | undefined;
}

/**
 * The smallest piece another thread takes from the end of the calling thread's range (a million
 * realistic rows are about 1.3 GB): each costs its thread a little set-up (its rules' checks, the
 * cells' remembered texts learnt again, its start found).
 */
const pieceBytes = 8 << 20;

/**
 * The piece of the calling thread's range that a thread free again takes (and that range's new end), or
 * `undefined` when too little is left: a third of what the calling thread has not read yet, from its
 * end, at least `smallest` bytes and never within `smallest` bytes of what it has read. The calling
 * thread then reads the rest of its range, so both finish about together, the pieces getting smaller.
 */
export function takeOwnEnd(own: {
  end: number;
  read: number;
  done: boolean;
  smallest: number;
}): Piece | undefined {
  const left = own.end - own.read;
  if (own.done || left < 2 * own.smallest) return undefined;
  const bytes = Math.max(own.smallest, Math.floor(left / 3));
  const piece = { start: own.end - bytes, end: own.end };
  own.end = piece.start;
  return piece;
}

/**
 * The first record start at or after byte `cut` of a CSV file: just past the first line feed from
 * `cut - 1` on that has an even number of quotes before it (RFC 4180: an odd number means it is inside
 * a quoted cell; a doubled quote counts two). It is guessed from the 64 KB after the cut when they tell
 * (`guessRecordStart`), else the quotes before it are counted from the file's start, a scan far cheaper
 * than parsing. Either may be wrong in a file whose quotes are broken, which the calling thread finds
 * out (the previous range ends elsewhere) and then reads the range again.
 */
async function recordStartAt(read: ReadByteRange, cut: number, size: number): Promise<number> {
  // Most often the bytes after the cut tell where a record starts (`guessRecordStart`), without reading
  // the half of the file before it (a million realistic rows: 0.8 s of CPU to count 10 million quotes).
  const around: Uint8Array[] = [];
  for await (const chunk of read(cut - 1, Math.min(size, cut - 1 + guessWindow))) around.push(chunk);
  const window = around.length === 1 ? (around[0] as Uint8Array) : joinBytes(around);
  const guess = guessRecordStart(window);
  if (guess !== undefined) return cut - 1 + guess;
  let quotes = 0;
  for await (const chunk of read(0, cut - 1)) {
    for (let i = chunk.indexOf(quote); i >= 0; i = chunk.indexOf(quote, i + 1)) quotes += 1;
  }
  let at = cut - 1;
  for await (const chunk of read(at)) {
    for (let i = 0; i < chunk.length; i += 1) {
      const byte = chunk[i];
      if (byte === quote) quotes += 1;
      else if (byte === lineFeed && quotes % 2 === 0) return at + i + 1;
    }
    at += chunk.length;
  }
  return size;
}

const quote = 0x22;
const lineFeed = 0x0a;
// How far past a cut `guessRecordStart` looks (a few records of realistic data).
const guessWindow = 1 << 16;

/**
 * Runs this thread's checks on a range's rows in order, with the file's row numbers, and hands the
 * range's issues and theirs to the sink in the order one thread would have found them: row by row,
 * the schema first and then the rules in their order.
 */
function replayRange(
  context: RangeReadContext,
  { checks, columns: names }: { checks: ReadonlyArray<readonly [number, DatasetCheck]>; columns: string[] },
  plan: ReadonlyArray<FieldInfo | undefined>,
  result: CsvRangeResult,
  offset: number,
): void {
  const { info, sink } = context;
  const staged = stagedIssues(context.issueLimit);
  const columns = info.columns ?? new Map<string, number>();
  const at = names.map((name) => (columns.get(name) ?? 0) - 1);
  const values = new Array<unknown>(plan.length);
  const noCells: string[] = [];
  const { rows, fingerprints } = result;
  const readers = result.values.map(replayColumnReader);
  const emits = stagedEmits(checks, staged);
  for (let i = 0; i < rows.length; i += 1) {
    for (let j = 0; j < at.length; j += 1) values[at[j] as number] = readers[j]?.next();
    const row = new CsvRow(
      info,
      (rows[i] as number) + offset,
      noCells,
      values,
      plan,
      undefined,
      fingerprints[i],
    );
    for (let c = 0; c < checks.length; c += 1) checks[c]?.[1].row(row, emits[c] as Emit);
  }
  // Both lists are in the order found (row, then stage): merge them.
  const { issues, stages } = result;
  let i = 0;
  let j = 0;
  while (i < issues.length || j < staged.issues.length) {
    const mine = issues[i];
    const theirs = staged.issues[j];
    const takeMine =
      mine !== undefined &&
      (theirs === undefined ||
        (mine.row ?? 0) + offset < (theirs.row ?? 0) ||
        ((mine.row ?? 0) + offset === (theirs.row ?? 0) && (stages[i] ?? 0) <= (staged.stages[j] ?? 0)));
    if (takeMine) {
      sink.push(mine.row === undefined ? mine : { ...mine, row: mine.row + offset });
      i += 1;
    } else {
      sink.push(theirs as Issue);
      j += 1;
    }
  }
  for (const { like, count } of [...result.omitted, ...staged.omitted.values()]) sink.skip?.(like, count);
}

/** The `encoding` issue of a range's first byte that is not UTF-8, placed in the whole file. */
function encodingIssue(info: DatasetInfo, encoding: EncodingReport, start: number, newlines: number): Issue {
  return issue({
    code: "encoding",
    file: info.entry.path,
    dataset: info.name,
    row: newlines + (encoding.invalidLine ?? 1),
    ...(encoding.invalidByte === undefined ? {} : { value: encoding.invalidByte }),
    rule: "encoding: UTF-8",
    params: { byte: encoding.invalidByte ?? "", offset: start + (encoding.invalidOffset ?? 0) },
  });
}
