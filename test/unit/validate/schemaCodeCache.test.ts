// Compiled schemas kept between runs as ajv's standalone code (schema/cachedSchemas.ts, on disk by
// src/node/schemaCodeCache.ts): a run with the same schema files compiles none of them and gives the
// same report, and an absent, stale, damaged or unwritable cache falls back to compiling them.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { writeRealisticData } from "../../../bench/realisticActivities.ts";
import type { Reference } from "../../../src/lib/reference/referenceList.ts";
import { reportFormats } from "../../../src/lib/report/registry.ts";
import type { SchemaCodeCache } from "../../../src/lib/schema/cachedSchemas.ts";
import { createAjv } from "../../../src/lib/schema/createAjv.ts";
import { validateFolder } from "../../../src/lib/validate/validateFolder.ts";
import { folderIO } from "../../../src/node/folderIO.ts";
import { loadReference } from "../../../src/node/loadReference.ts";
import { schemaCodeCache } from "../../../src/node/schemaCodeCache.ts";
import { validateDataDir } from "../../../src/node/validateDataDir.ts";
import { validateNodeOptions } from "../../helpers/validateCommand.ts";

vi.mock("../../../src/lib/schema/createAjv.ts", async (original) => {
  const actual = await original<typeof import("../../../src/lib/schema/createAjv.ts")>();
  return { ...actual, createAjv: vi.fn(actual.createAjv) };
});

const fixtures = resolve("test/fixtures/validate");
const now = new Date("2025-06-30T00:00:00Z");
let reference: Reference;
let root = "";

beforeAll(async () => {
  reference = await loadReference();
  root = mkdtempSync(join(tmpdir(), "ksst-schema-code-"));
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});
beforeEach(() => {
  vi.mocked(createAjv).mockClear();
});

/** A cache in memory, counting its writes. */
function memoryCache(): SchemaCodeCache & { entries: Map<string, string>; writes: number } {
  const entries = new Map<string, string>();
  const cache = {
    entries,
    writes: 0,
    read: (identity: string) => entries.get(identity),
    write(identity: string, text: string) {
      cache.writes += 1;
      entries.set(identity, text);
    },
  };
  return cache;
}

async function check(data: string, schemaCode?: SchemaCodeCache, schemas = join(fixtures, "schemas")) {
  const result = await validateFolder({
    dataIO: folderIO(data),
    schemaIO: folderIO(schemas),
    reference,
    now,
    ...(schemaCode ? { schemaCode } : {}),
  });
  return { valid: result.valid, issues: result.issues, stats: result.stats, published: result.published };
}

describe("compiled schemas kept between runs", () => {
  it.each(["valid", "invalid", "warnings", "broken"])(
    "give the same result as compiling them, without compiling (%s fixture)",
    async (name) => {
      const data = join(fixtures, name);
      const compiled = await check(data);
      const cache = memoryCache();
      const cold = await check(data, cache);
      expect(cold).toEqual(compiled);
      expect(vi.mocked(createAjv)).toHaveBeenCalledWith(expect.objectContaining({ source: true }));
      if (name === "broken" && cache.writes === 0) return;
      expect(cache.writes).toBe(1);
      vi.mocked(createAjv).mockClear();
      const warm = await check(data, cache);
      expect(warm).toEqual(compiled);
      // Neither instance was made: every validator came from the cache.
      expect(vi.mocked(createAjv)).not.toHaveBeenCalled();
      expect(cache.writes).toBe(1);
    },
  );

  it("are compiled again when a schema file changes (stale cache)", async () => {
    const schemas = join(root, "stale-schemas");
    cpSync(join(fixtures, "schemas"), schemas, { recursive: true });
    const data = join(fixtures, "invalid");
    const cache = memoryCache();
    await check(data, cache, schemas);
    // A tighter rule in the same file: the cached validators no longer describe it.
    const file = join(schemas, "activities.schema.json");
    const schema = JSON.parse(readFileSync(file, "utf8")) as { properties: Record<string, object> };
    schema.properties.id = { ...schema.properties.id, maxLength: 2 };
    writeFileSync(file, JSON.stringify(schema));
    const expected = await check(data, undefined, schemas);
    expect(expected.issues.some((found) => found.code === "schema" || found.column === "id")).toBe(true);
    expect(await check(data, cache, schemas)).toEqual(expected);
    expect(cache.entries.size).toBe(2);
  });

  it.each([
    ["not JSON", "{"],
    ["code that throws", JSON.stringify({ full: "throw new Error('damaged')", fast: "" })],
    ["a module the runtime lacks", JSON.stringify({ full: 'require("left-pad")', fast: "" })],
    ["exports that are not validators", JSON.stringify({ full: "exports.x = 1", fast: "" })],
  ])("are compiled again from a damaged cache (%s), which is written again", async (_kind, text) => {
    const data = join(fixtures, "invalid");
    const compiled = await check(data);
    const cache = memoryCache();
    await check(data, cache);
    const [identity] = [...cache.entries.keys()] as [string];
    cache.entries.set(identity, text);
    expect(await check(data, cache)).toEqual(compiled);
    expect(cache.entries.get(identity)).not.toBe(text);
    expect(await check(data, cache)).toEqual(compiled);
  });

  it("are compiled on every run when the cache cannot be written, without keeping their source", async () => {
    const data = join(fixtures, "invalid");
    const compiled = await check(data);
    const readOnly: SchemaCodeCache = { read: () => undefined };
    expect(await check(data, readOnly)).toEqual(compiled);
    for (const [options] of vi.mocked(createAjv).mock.calls) expect(options?.source ?? false).toBe(false);
  });

  it("are written to disk and read back; a folder that cannot be written is read only", async () => {
    const folder = join(root, "disk");
    const cache = schemaCodeCache(folder) as SchemaCodeCache;
    expect(cache.write).toBeDefined();
    cache.write?.("identity", "text");
    expect(cache.read("identity")).toBe("text");
    expect(cache.read("other")).toBeUndefined();
    expect(readdirSync(folder)).toHaveLength(1);
    // A folder inside a file can never be made, whoever runs the test.
    const blocker = join(root, "a-file");
    writeFileSync(blocker, "");
    const blocked = schemaCodeCache(join(blocker, "cache")) as SchemaCodeCache;
    expect(blocked.write).toBeUndefined();
    expect(blocked.read("identity")).toBeUndefined();
    const data = join(fixtures, "invalid");
    expect(await check(data, blocked)).toEqual(await check(data));
  });

  it("leave no half-written file behind when a file cannot be put in place", () => {
    const folder = join(root, "unplaceable");
    const cache = schemaCodeCache(folder) as SchemaCodeCache;
    cache.write?.("identity", "text");
    const [name] = readdirSync(folder);
    // The file's place is taken by a folder: the rename fails, as on a full or read-only disk.
    rmSync(join(folder, String(name)));
    mkdirSync(join(folder, String(name)));
    cache.write?.("identity", "text");
    expect(readdirSync(folder)).toEqual([name]);
    expect(cache.read("identity")).toBeUndefined();
  });

  it("spare a warm run of the command the loading of ajv's compiler and of jsonc-parser", () => {
    const probe = join(root, "probe.mjs");
    // Says, as the process exits, whether ajv's compiler and jsonc-parser were loaded.
    writeFileSync(
      probe,
      `import { createRequire } from "node:module";
process.on("exit", () => {
  const loaded = Object.keys(createRequire(import.meta.url).cache);
  process.stderr.write(JSON.stringify({ ajv: loaded.some((f) => f.includes("ajv/dist/2020")), jsonc: loaded.some((f) => f.includes("jsonc-parser")) }));
});
`,
    );
    const run = () => {
      const result = spawnSync(
        process.execPath,
        [
          ...validateNodeOptions,
          "--import",
          probe,
          "scripts/validate.ts",
          "--data",
          join(fixtures, "invalid"),
          "--schemas",
          join(fixtures, "schemas"),
          "--format",
          "json",
        ],
        { encoding: "utf8", env: { ...process.env, KSST_SCHEMA_CODE_CACHE: join(root, "command-cache") } },
      );
      return { report: result.stdout, loaded: JSON.parse(result.stderr) as { ajv: boolean; jsonc: boolean } };
    };
    const cold = run();
    expect(cold.loaded.ajv).toBe(true);
    const warm = run();
    expect(warm.loaded).toEqual({ ajv: false, jsonc: false });
    expect(warm.report).toBe(cold.report);
    expect(JSON.parse(warm.report)).toHaveProperty("valid", false);
  }, 60_000);

  it("give the same report when a large file is checked in ranges, cold and warm, in every thread", async () => {
    const dir = join(root, "ranges");
    await writeRealisticData(dir, { rows: 1500, seed: 11, defects: true });
    const render = async (options: Parameters<typeof validateDataDir>[2]) => {
      const result = await validateDataDir(dir, "schemas", { keepRecords: false, now, ...options });
      return (reportFormats.json as NonNullable<(typeof reportFormats)["json"]>).render(result, {
        lang: "en",
        limit: 20,
        color: false,
        dataDir: dir,
      });
    };
    const blocker = join(root, "a-file-too");
    writeFileSync(blocker, "");
    const previous = process.env.KSST_SCHEMA_CODE_CACHE;
    try {
      // Compiled every time (nothing can be cached) in one thread: the reference report.
      process.env.KSST_SCHEMA_CODE_CACHE = join(blocker, "cache");
      const expected = await render({ ranges: false });
      const cacheDir = join(root, "ranges-cache");
      process.env.KSST_SCHEMA_CODE_CACHE = cacheDir;
      const ranges = { threads: 1, minBytes: 0 };
      expect(await render({ ranges })).toBe(expected);
      expect(readdirSync(cacheDir)).toHaveLength(1);
      expect(await render({ ranges })).toBe(expected);
      expect(readdirSync(cacheDir)).toHaveLength(1);
    } finally {
      if (previous === undefined) delete process.env.KSST_SCHEMA_CODE_CACHE;
      else process.env.KSST_SCHEMA_CODE_CACHE = previous;
    }
  }, 120_000);
});
