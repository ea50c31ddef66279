// A large CSV file checked in byte ranges on several threads (validate/csvRanges.ts) gives exactly the
// JSON report of reading it in one thread: on generated realistic activities with seeded defects, plus
// duplicates across the ranges, a quoted cell of many lines across the cut between two ranges, and a
// byte that is not UTF-8 in a later range.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { writeRealisticData } from "../../../bench/realisticActivities.ts";
import { reportFormats } from "../../../src/lib/report/registry.ts";
import { HashRowTable } from "../../../src/lib/rules/hashRowTable.ts";
import { KeyIndex } from "../../../src/lib/rules/keyIndex.ts";
import {
  type CsvRangeRunner,
  type CsvRangeTask,
  rangeCuts,
  rowsAbout,
  takeOwnEnd,
} from "../../../src/lib/validate/csvRanges.ts";
import { validateFolder } from "../../../src/lib/validate/validateFolder.ts";
import { csvRangeRunner } from "../../../src/node/csv/csvRangeRunner.ts";
import { rangeFolders, spawnRangeWorker } from "../../../src/node/csv/rangeWorkers.ts";
import { csvReaderInWorker } from "../../../src/node/csv/readCsvChunksInWorker.ts";
import { folderIO } from "../../../src/node/folderIO.ts";
import { loadReference } from "../../../src/node/loadReference.ts";
import { validateDataDir } from "../../../src/node/validateDataDir.ts";

const now = new Date("2026-12-01T00:00:00Z");
const schemaDir = resolve("schemas");
let root = "";

/** Splits CSV text into whole records (quoted line breaks stay inside their record). */
function records(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === "\n" && !quoted) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** Replaces the 4th cell (description_id, quoted) of a record with `cell`. */
function withDescription(record: string, cell: string): string {
  const cells: string[] = [];
  let at = 0;
  for (let n = 0; n < 3; n += 1) {
    const comma = record[at] === '"' ? record.indexOf('",', at + 1) + 1 : record.indexOf(",", at);
    cells.push(record.slice(at, comma));
    at = comma + 1;
  }
  const rest = record.slice(at);
  const end = rest.startsWith('"') ? rest.indexOf('",', 1) + 1 : rest.indexOf(",");
  return `${cells.join(",")},"${cell.replaceAll('"', '""')}"${rest.slice(end)}`;
}

async function folder(
  name: string,
  edit: (rows: string[], header: string) => string[],
  latin = false,
  count = 1500,
): Promise<string> {
  const dir = join(root, name);
  await writeRealisticData(dir, { rows: count, seed: 11, defects: true });
  const file = join(dir, "activities.csv");
  const [header, ...rows] = records(readFileSync(file, "utf8"));
  const text = (header as string) + edit(rows, header as string).join("");
  const bytes = Buffer.from(text, "utf8");
  if (latin) bytes[Math.floor(bytes.length * 0.8)] = 0xe9;
  writeFileSync(file, bytes);
  return dir;
}

async function report(dir: string, ranges?: CsvRangeRunner): Promise<string> {
  const result = await validateFolder({
    dataIO: folderIO(dir),
    schemaIO: folderIO(schemaDir),
    reference: await loadReference(),
    keepRecords: false,
    now,
    csvReader: csvReaderInWorker,
    ...(ranges ? { csvRanges: ranges } : {}),
  });
  return (reportFormats.json as NonNullable<(typeof reportFormats)["json"]>).render(result, {
    lang: "en",
    limit: 20,
    color: false,
    dataDir: dir,
  });
}

/**
 * Checks a folder in ranges with `threads` worker threads; returns the report and the tasks run. `shift`
 * moves each range's cut on by that many bytes: past a record, its start is then wrong.
 */
async function inRanges(
  dir: string,
  threads: number,
  shift = 0,
): Promise<{ json: string; tasks: CsvRangeTask[] }> {
  const runner = csvRangeRunner({ dataDir: dir, schemaDir }, { threads, minBytes: 0 });
  const tasks: CsvRangeTask[] = [];
  try {
    const json = await report(dir, {
      ...runner,
      run: (task) => {
        tasks.push(task);
        const moved = task.seek
          ? { ...task, range: { ...task.range, start: task.range.start + shift } }
          : task;
        return runner.run(moved);
      },
    });
    return { json, tasks };
  } finally {
    await runner.close();
  }
}

const lines = Array.from({ length: 1000 }, (_, i) => `baris ${i},"bukan rekaman"",${i}`).join("\n");

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "ksst-ranges-"));
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("checking a CSV file in ranges", { timeout: 240_000 }, () => {
  it("gives the one-thread report with duplicates across ranges and a quoted cell of many lines across the cut", async () => {
    const dir = await folder("straddle", (rows, header) => {
      // The first id again near the end, a whole row again apart from its id, and the record at the
      // middle of the file given a quoted cell of many lines: the cut lands inside it.
      const first = rows[0] as string;
      const copy = `X-DUP-ROW${rows[5]?.slice(rows[5].indexOf(","))}`;
      const out = [...rows.slice(0, -2), first, copy, ...rows.slice(-2)];
      const total = out.reduce((sum, row) => sum + Buffer.byteLength(row), Buffer.byteLength(header));
      const [cut = 0] = rangeCuts(total, 1);
      let at = Buffer.byteLength(header);
      const middle = out.findIndex((row) => {
        at += Buffer.byteLength(row);
        return at > cut;
      });
      out[middle] = withDescription(out[middle] as string, lines);
      return out;
    });
    const single = await report(dir);
    const parsed = JSON.parse(single) as {
      tasks: Array<{ name: string; errors: Array<{ code: string }>; warnings: Array<{ code: string }> }>;
    };
    const activities = parsed.tasks.find((task) => task.name === "activities");
    const codes = new Set(
      [...(activities?.errors ?? []), ...(activities?.warnings ?? [])].map((e) => e.code),
    );
    expect(codes).toContain("duplicate-key");
    expect(codes).toContain("duplicate-row");
    const split = await inRanges(dir, 1);
    expect(split.json).toBe(single);
    // The second range found where the record holding the cut ends, by the quotes before it: no second read.
    expect(split.tasks.filter((task) => task.dataset === "activities")).toHaveLength(1);
  });

  it("gives the one-thread report in three ranges, with many quoted cells of several lines and a stray quote", async () => {
    const dir = await folder("three", (rows) =>
      rows.map((row, i) =>
        // A quote in an unquoted cell (read as a character) makes the quotes before each cut odd: a range's
        // start found by counting them would be wrong (guessRecordStart finds it from the bytes after the
        // cut); and the ranges' starts are moved on past a record below: each range is read again from
        // where the previous one ended.
        i === 3
          ? row.replace(",", ',ab"c')
          : i % 3 === 0
            ? withDescription(row, `satu\ndua, "tiga"\n${i}`)
            : row,
      ),
    );
    const single = await report(dir);
    expect(single).toContain('"extra-cell"');
    expect((await inRanges(dir, 2)).json).toBe(single);
    const split = await inRanges(dir, 2, 5000);
    expect(split.tasks.filter((task) => task.dataset === "activities").length).toBeGreaterThan(2);
    expect(split.json).toBe(single);
  });

  it("gives the one-thread report with ids of 13 characters or more, blank and repeated across ranges", async () => {
    // The range thread sends the keys back packed into one text (validate/replayColumn.ts): long ids
    // (which V8 would otherwise keep as views of their batch of text), a blank id and ids repeated
    // across the ranges must come back as they were read.
    const dir = await folder("long-ids", (rows) => {
      const long = rows.map((row) => row.replace(/^ksst-/, "ksst-kegiatan-panjang-"));
      const firstId = (long[0] as string).slice(0, (long[0] as string).indexOf(","));
      const blank = (long[9] as string).slice((long[9] as string).indexOf(","));
      const again = `${firstId}${(long[7] as string).slice((long[7] as string).indexOf(","))}`;
      return [...long.slice(0, -3), blank, again, ...long.slice(-3)];
    });
    const single = await report(dir);
    expect(single).toContain('"ksst-kegiatan-panjang-');
    expect(single).toContain('"duplicate-key"');
    const split = await inRanges(dir, 1);
    expect(split.tasks.filter((task) => task.dataset === "activities")).toHaveLength(1);
    expect(split.json).toBe(single);
  });

  it("gives the one-thread report when the range thread stops in the middle: the ranges left are read in this thread", async () => {
    const dir = await folder("stopped", (rows) => rows);
    const single = await report(dir);
    // Two ranges a file for one worker thread (every CSV file of the folder is split here): the first
    // file's first range is in the worker, its second waits for it when the worker is ended under both;
    // a later file starts a worker again.
    const runner = csvRangeRunner({ dataDir: dir, schemaDir }, { threads: 1, minBytes: 0 });
    let tasks = 0;
    try {
      const json = await report(dir, {
        ...runner,
        threads: 2,
        run: (task) => {
          tasks += 1;
          const running = runner.run(task);
          if (tasks === 2) void runner.close();
          return running;
        },
      });
      expect(tasks).toBeGreaterThan(2);
      expect(json).toBe(single);
    } finally {
      await runner.close();
    }
  });

  /**
   * Checks a folder in ranges with one worker thread that is done with its own range first: the calling
   * thread's reads of its range, in 16 KB chunks, wait after the fourth until the worker's range is in,
   * after the fifth until the first piece it took is in, after the sixth until the second one is.
   * `onPiece` is called when a piece of the calling thread's range is handed out.
   */
  async function workerFirst(dir: string, onPiece?: (runner: { close(): Promise<void> }) => void) {
    const size = statSync(join(dir, "activities.csv")).size;
    const [cut = 0] = rangeCuts(size, 1);
    const runner = csvRangeRunner(
      { dataDir: dir, schemaDir },
      { threads: 1, minBytes: 0, pieceBytes: 1 << 15 },
    );
    const tasks: CsvRangeTask[] = [];
    // Resolved as each range or piece of activities is in, in that order.
    const arrived: Array<() => void> = [];
    const arrivals = [0, 1, 2].map(() => new Promise<void>((resolve) => arrived.push(resolve)));
    let done = 0;
    const arrive = () => arrived[done++]?.();
    const io = folderIO(dir);
    const readRange = (io.readRange as NonNullable<typeof io.readRange>).bind(io);
    const gated = {
      ...io,
      async *readRange(path: string, start: number, end?: number) {
        let n = 0;
        for await (const chunk of readRange(path, start, end)) {
          for (let i = 0; i < chunk.length; i += 1 << 14) {
            n += 1;
            if (path === "activities.csv" && start === 0 && end === cut && n >= 5) await arrivals[n - 5];
            yield Uint8Array.from(chunk.subarray(i, i + (1 << 14)));
          }
        }
      },
    };
    try {
      const result = await validateFolder({
        dataIO: gated,
        schemaIO: folderIO(schemaDir),
        reference: await loadReference(),
        keepRecords: false,
        now,
        csvReader: csvReaderInWorker,
        csvRanges: {
          ...runner,
          run: (task) => {
            tasks.push(task);
            if (task.dataset === "activities" && task.range.end <= cut) onPiece?.(runner);
            const running = runner.run(task);
            if (task.dataset === "activities") void running.then(arrive, arrive);
            return running;
          },
        },
      });
      const json = (reportFormats.json as NonNullable<(typeof reportFormats)["json"]>).render(result, {
        lang: "en",
        limit: 20,
        color: false,
        dataDir: dir,
      });
      return { json, pieces: tasks.filter((task) => task.dataset === "activities" && task.range.end <= cut) };
    } finally {
      await runner.close();
    }
  }

  it("gives the one-thread report when the worker thread, done first, takes pieces from the end of this thread's range", async () => {
    const dir = await folder("worker-first", (rows) => rows, false, 3000);
    const single = await report(dir);
    const split = await workerFirst(dir);
    // Taken from the end of the calling thread's range, one after the other, each before the last.
    expect(split.pieces.length).toBeGreaterThan(2);
    split.pieces.forEach((piece, k) => {
      expect(piece.seek).toBe(true);
      if (k > 0) expect(piece.range.end).toBe(split.pieces[k - 1]?.range.start);
    });
    expect(split.json).toBe(single);
  });

  it("gives the one-thread report when the worker thread stops while it holds a piece of this thread's range", async () => {
    const dir = await folder("worker-first-stopped", (rows) => rows, false, 3000);
    const single = await report(dir);
    let closed = false;
    const split = await workerFirst(dir, (runner) => {
      if (closed) return;
      closed = true;
      void runner.close();
    });
    expect(split.pieces.length).toBeGreaterThan(0);
    expect(split.json).toBe(single);
  });

  it("gives the one-thread report, every issue counted, when every row misses a cell (a column added to the header only)", async () => {
    const dir = await folder("extra-column", (rows) => rows, false, 2500);
    const file = join(dir, "activities.csv");
    const text = readFileSync(file, "utf8");
    const end = text.indexOf("\n");
    writeFileSync(file, `${text.slice(0, end)},catatan_tambahan${text.slice(end)}`);
    const single = await report(dir);
    const activities = JSON.parse(single).tasks.find((task: { name: string }) => task.name === "activities");
    // 2,500 missing cells (beyond the 1,000 kept) among the errors, and the added column.
    expect(activities.stats.errors).toBeGreaterThan(2500);
    expect(activities.stats.omitted).toBeGreaterThanOrEqual(1500);
    // One other thread: each range holds more than 1,000 rows, so each reader counts some it does not keep.
    const split = await inRanges(dir, 1);
    expect(split.tasks.filter((task) => task.dataset === "activities").length).toBeGreaterThan(0);
    expect(split.json).toBe(single);
  });

  it("gives the one-thread report when a later range holds a byte that is not UTF-8", async () => {
    const dir = await folder("latin", (rows) => rows, true);
    const single = await report(dir);
    expect(single).toContain('"encoding-error"');
    const split = await inRanges(dir, 2);
    expect(split.json).toBe(single);
  });
});

describe("range threads started ahead (npm run validate)", { timeout: 240_000 }, () => {
  const json = (result: Awaited<ReturnType<typeof validateDataDir>>, dir: string) =>
    (reportFormats.json as NonNullable<(typeof reportFormats)["json"]>).render(result, {
      lang: "en",
      limit: 20,
      color: false,
      dataDir: dir,
    });

  it("checks the ranges in the thread started ahead, then ends it", async () => {
    const dir = await folder("ahead", (rows) => rows);
    const single = await report(dir);
    const worker = spawnRangeWorker(rangeFolders(dir, schemaDir));
    let answers = 0;
    worker.on("message", () => {
      answers += 1;
    });
    const result = await validateDataDir(dir, schemaDir, {
      keepRecords: false,
      now,
      ranges: { threads: 1, minBytes: 0 },
      started: { folders: rangeFolders(dir, schemaDir), workers: [worker] },
    });
    expect(json(result, dir)).toBe(single);
    expect(answers).toBeGreaterThan(0);
    // Ended with the validation: a thread left running would keep the process alive.
    expect(worker.threadId).toBe(-1);
  });

  it("ends threads started ahead that it does not use, and starts its own for a stopped one", async () => {
    const dir = await folder("unused", (rows) => rows);
    const single = await report(dir);
    const unused = spawnRangeWorker(rangeFolders(dir, schemaDir));
    const whole = await validateDataDir(dir, schemaDir, {
      keepRecords: false,
      now,
      ranges: false,
      started: { folders: rangeFolders(dir, schemaDir), workers: [unused] },
    });
    expect(json(whole, dir)).toBe(single);
    expect(unused.threadId).toBe(-1);

    const stopped = spawnRangeWorker(rangeFolders(dir, schemaDir));
    await stopped.terminate();
    const split = await validateDataDir(dir, schemaDir, {
      keepRecords: false,
      now,
      ranges: { threads: 1, minBytes: 0 },
      started: { folders: rangeFolders(dir, schemaDir), workers: [stopped] },
    });
    expect(json(split, dir)).toBe(single);
  });
});

describe("tables made as large as a file needs at once", { timeout: 240_000 }, () => {
  it("reserves room for about the file's rows in the key index and the duplicate-row table, before the rows", async () => {
    const dir = await folder("reserve", (rows) => rows, false, 3000);
    const single = await report(dir);
    const keys = vi.spyOn(KeyIndex.prototype, "reserve");
    const hashes = vi.spyOn(HashRowTable.prototype, "reserve");
    const firstRows = vi.spyOn(HashRowTable.prototype, "firstRow");
    try {
      const split = await inRanges(dir, 1);
      expect(split.json).toBe(single);
      // Every file is read in ranges here (no smallest size): each dataset's tables once, the largest for
      // the activities' ids (their key index) and rows (their table), a little under their 3,000 rows.
      for (const spy of [keys, hashes]) {
        expect(spy).toHaveBeenCalledTimes(5);
        const counts = spy.mock.calls.map(([count]) => count);
        expect(Math.max(...counts)).toBeGreaterThan(3000 * 0.75);
        expect(Math.max(...counts)).toBeLessThanOrEqual(3000);
      }
      // Before the activities' rows: all 3,000 of them were looked up after it.
      const counts = hashes.mock.calls.map(([count]) => count);
      const reserved = hashes.mock.invocationCallOrder[counts.indexOf(Math.max(...counts))] ?? 0;
      expect(
        firstRows.mock.invocationCallOrder.filter((order) => order > reserved).length,
      ).toBeGreaterThanOrEqual(3000);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it("estimates a file's rows from its start, a little under", () => {
    // 801 rows begun in the first MiB of a 100 MiB file: 800 whole ones, nine tenths of 80,000.
    expect(rowsAbout(801, 1 << 20, 100 << 20)).toBe(72_000);
    expect(rowsAbout(1, 1 << 20, 100 << 20)).toBe(0);
    // Short rows first, in a file of 10 GB: not 900 million rows' worth of tables.
    expect(rowsAbout(100_000, 1 << 20, 10 * 2 ** 30)).toBe(1 << 20);
    expect(rowsAbout(0, 0, 0)).toBe(0);
  });
});

describe("takeOwnEnd", () => {
  it("takes a third of what the calling thread has not read yet from its range's end, while that is worth it", () => {
    const own = { end: 1000, read: 100, done: false, smallest: 50 };
    expect(takeOwnEnd(own)).toEqual({ start: 700, end: 1000 });
    expect(own.end).toBe(700);
    own.read = 500;
    // 200 left: a third is 66, at least 50.
    expect(takeOwnEnd(own)).toEqual({ start: 634, end: 700 });
    own.read = 560;
    // 74 left: less than two pieces of 50, the calling thread reads it.
    expect(takeOwnEnd(own)).toBeUndefined();
    expect(own.end).toBe(634);
    own.read = 0;
    own.done = true;
    expect(takeOwnEnd(own)).toBeUndefined();
  });
});

describe("rangeCuts", () => {
  it("gives the calling thread as many bytes as each other thread", () => {
    const size = 1_000_000;
    const [cut = 0] = rangeCuts(size, 1);
    // A row costs both threads about the same; the replay of the other range comes after.
    expect(cut).toBe(500_000);
    const cuts = rangeCuts(size, 3);
    const ranges = [cuts[0] as number, ...cuts.map((at, k) => (cuts[k + 1] ?? size) - at)];
    expect(Math.max(...ranges) - Math.min(...ranges)).toBeLessThanOrEqual(1);
  });
});
