import { mkdirSync, writeFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/** A file of the site: its path under the output folder and its bytes. */
export interface OutputFile {
  /** Site path without the leading slash, e.g. `api/v1/activities/ksst-0001.json`. */
  path: string;
  bytes: Uint8Array;
}

/**
 * The file name Astro gives a route parameter (its `sanitizeParams`): Unicode NFC, `#` and `?`
 * escaped. Record keys match their schema's pattern, so this changes nothing in practice; it keeps
 * a file written here where Astro would have written it.
 */
export function routeParamFileName(param: string): string {
  return param.normalize().replace(/#/g, "%23").replace(/\?/g, "%3F");
}

/**
 * The output folder when files may be written straight into it: in a production build run by
 * `npm run build`, which names the folder (KSST_OUT_DIR); `undefined` under `astro dev` or a bare
 * `astro build`, where each file is rendered by its route, and with `KSST_RENDER_ALL=1`, which makes
 * `npm run build` render every file through Astro (to compare the two, test/build/activityPages.test.ts).
 */
export function directOutDir(): string | undefined {
  if (!import.meta.env.PROD || process.env.KSST_RENDER_ALL === "1") return undefined;
  return process.env.KSST_OUT_DIR || undefined;
}

/** How many files a blocking writer writes before it lets the thread's other work in. */
const blockingTurn = 64;

/**
 * Writes many small files of the site (the API's records, the explorers' shards) straight into the
 * output folder, in one pass and a few at a time, instead of rendering each through Astro's page
 * pipeline (about a millisecond of routing, request and response per file: docs/build.md, "Speed and
 * memory"). `files` is consumed lazily, so only the files being written are in memory. Returns how
 * many were written.
 *
 * With `blocking`, for a thread that has nothing else to do meanwhile (the build's worker thread),
 * each folder and file is written by a synchronous call, and the thread's other work (messages) is let
 * in every few dozen files: each asynchronous write costs three round trips to libuv's threads (open,
 * write, close) and a promise, which for 20,000 pages took about 1 s more of CPU on the calling thread
 * and more in the kernel than the writes themselves (docs/build.md, "Eighth pass").
 */
export async function writeOutputFiles(
  outDir: string,
  files: Iterable<OutputFile>,
  options: { blocking?: boolean } = {},
): Promise<number> {
  const folders = new Set<string>();
  const inFlight = new Set<Promise<void>>();
  let written = 0;
  let failure: unknown;
  for (const file of files) {
    if (file.path.startsWith("/") || file.path.split("/").some((part) => part === ".." || part === ""))
      throw new Error(`Not a path inside the output folder: ${file.path}`);
    const target = join(outDir, file.path);
    const folder = dirname(target);
    if (options.blocking) {
      if (!folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        folders.add(folder);
      }
      writeFileSync(target, file.bytes);
      written += 1;
      if (written % blockingTurn === 0) await new Promise((turn) => setImmediate(turn));
      continue;
    }
    if (!folders.has(folder)) {
      // Once per folder, before its first file (the writes in flight are in folders made already).
      await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    const write: Promise<void> = writeFile(target, file.bytes).then(
      () => {
        inFlight.delete(write);
      },
      (error: unknown) => {
        inFlight.delete(write);
        failure ??= error;
      },
    );
    inFlight.add(write);
    written += 1;
    if (inFlight.size >= 16) await Promise.race(inFlight);
    if (failure) break;
  }
  await Promise.all(inFlight);
  if (failure) throw failure;
  return written;
}
