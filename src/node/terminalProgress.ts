import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import cliProgress from "cli-progress";
import type { ChunkedFolderIO } from "../lib/validate/chunkedIO.ts";
import type { ValidateOptions } from "../lib/validate/validateFolder.ts";
import { folderIO } from "./folderIO.ts";

export { showsProgress } from "./showsProgress.ts";

const formatRate = (count: number, seconds: number) =>
  seconds > 0 ? Math.round(count / seconds).toLocaleString("en") : "–";

/** A progress line for validation: the adapter to read through and the callback the validator calls. */
export interface ValidationProgress {
  dataIO: ChunkedFolderIO;
  onProgress: NonNullable<ValidateOptions["onProgress"]>;
  stop(): void;
}

/**
 * Shows, on stderr, the file being validated with rows done, rows per second and an estimate of the
 * time left (from the bytes read of the file's size): one line redrawn in place (cli-progress).
 */
export function validationProgress(
  dir: string,
  stream: NodeJS.WriteStream = process.stderr,
): ValidationProgress {
  const base = folderIO(dir);
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "{file} {bar} {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}",
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let current = "";
  let bytes = 0;
  let started = 0;
  let active = false;
  const start = async (file: string) => {
    current = file;
    bytes = 0;
    started = performance.now();
    const size = (await stat(resolve(dir, file))).size;
    if (active) bar.stop();
    bar.start(Math.max(size, 1), 0, { file, rows: "0", rate: "–" });
    active = true;
  };
  return {
    dataIO: {
      readFile: base.readFile,
      async *readChunks(relPath) {
        await start(relPath);
        for await (const chunk of (base.readChunks as NonNullable<ChunkedFolderIO["readChunks"]>)(relPath)) {
          bytes += chunk.byteLength;
          yield chunk;
        }
      },
      // A file checked in ranges (validate/csvRanges.ts): the bar follows the range this thread reads.
      async *readRange(relPath, from, to) {
        if (relPath !== current) await start(relPath);
        for await (const chunk of (base.readRange as NonNullable<ChunkedFolderIO["readRange"]>)(
          relPath,
          from,
          to,
        )) {
          bytes += chunk.byteLength;
          yield chunk;
        }
      },
      ...(base.size ? { size: base.size } : {}),
    },
    onProgress: ({ file, rows, done }) => {
      if (!active || file !== current) return;
      const seconds = (performance.now() - started) / 1000;
      bar.update(done ? bar.getTotal() : bytes, {
        rows: rows.toLocaleString("en"),
        rate: formatRate(rows, seconds),
      });
      if (done) {
        bar.stop();
        active = false;
      }
    },
    stop: () => {
      if (active) bar.stop();
      active = false;
    },
  };
}

/** A progress line for the site build: pages done of the total, pages per second and the time left. */
export interface PagesProgress {
  total(pages: number): void;
  done(pages: number): void;
  stop(): void;
}

/** Shows, on stderr, the pages rendered of the total (cli-progress). */
export function pagesProgress(stream: NodeJS.WriteStream = process.stderr): PagesProgress {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "pages {bar} {value}/{total} | {rate} pages/s | ETA {eta_formatted}",
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
    },
    cliProgress.Presets.shades_classic,
  );
  let count = 0;
  let started = 0;
  let active = false;
  return {
    total: (pages) => {
      started = performance.now();
      bar.start(pages, 0, { rate: "–" });
      active = true;
    },
    done: (pages) => {
      if (!active) return;
      count += pages;
      bar.update(count, { rate: formatRate(count, (performance.now() - started) / 1000) });
    },
    stop: () => {
      if (active) bar.stop();
      active = false;
    },
  };
}
