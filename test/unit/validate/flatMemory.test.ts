import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeRealisticData } from "../../../bench/realisticActivities.ts";
import { validateNodeOptions } from "../../helpers/validateCommand.ts";

// The CLI only checks a folder: it must not keep the records it reads. The check is a memory cap,
// not a clock: the CLI runs with a V8 heap of 64 MB on 50,000 generated activities (about 65 MB of
// CSV). Streaming keeps 16-26 MB of heap alive at most here (measured at 30,000 and 50,000 rows; only the
// keys, one per id, grow with the file, and since the compact key index mostly outside the heap, in typed
// arrays) (after each full garbage
// collection, with caps of 40 and 64 MB); keeping the records needs more than the 64 MB (checked by
// turning `keepRecords` on in scripts/validate.ts: the process dies with "heap out of memory"). The
// cap was 40 MB on 30,000 rows until a CI run on a loaded machine once went over it: the margin over
// the measured peak is now 2.5 times.
const heapMB = 64;
let dir = "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ksst-flat-"));
  await writeRealisticData(dir, { rows: 50_000, seed: 7 });
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function validate(...extra: string[]) {
  return validateIn(dir, ...extra);
}

function validateIn(data: string, ...extra: string[]) {
  return spawnSync(
    process.execPath,
    [
      `--max-old-space-size=${heapMB}`,
      ...validateNodeOptions,
      "scripts/validate.ts",
      "--data",
      data,
      ...extra,
    ],
    { encoding: "utf8", env: { ...process.env, TZ: "UTC", FORCE_COLOR: "0" } },
  );
}

describe("npm run validate in flat memory", { timeout: 120_000 }, () => {
  it("checks a file larger than its heap, because it keeps no record", () => {
    expect(statSync(join(dir, "activities.csv")).size).toBeGreaterThan(heapMB * 2 ** 20 * 0.9);
    const run = validate("--lang", "en");
    expect(run.stderr).not.toContain("heap out of memory");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Valid  activities.csv: 50000 rows, 0 errors");
  });

  it("checks a file whose every row is short of cells in the same memory: it keeps 1,000 issues of a code, not all", () => {
    // A column added to the header only, and 20,000 rows of one cell first: every row misses cells
    // (580,000 missing cells in the first MiB alone), a stream of issues no one needs all of.
    const broken = mkdtempSync(join(tmpdir(), "ksst-flat-broken-"));
    try {
      cpSync(dir, broken, { recursive: true });
      const file = join(broken, "activities.csv");
      const text = readFileSync(file, "utf8");
      const end = text.indexOf("\n");
      writeFileSync(
        file,
        `${text.slice(0, end)},catatan_tambahan\n${"x\n".repeat(20_000)}${text.slice(end + 1)}`,
      );
      const run = validateIn(broken, "--lang", "en");
      expect(run.stderr).not.toContain("heap out of memory");
      expect(run.status).toBe(1);
      // Every row's missing cells counted: 20,000 rows x 29 and 50,000 x 1, and the schema's own errors.
      const errors = Number(/activities\.csv: 70000 rows, (\d+) errors/.exec(run.stdout)?.[1]);
      expect(errors).toBeGreaterThan(630_000);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
