import { spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { maxColumns } from "../../../src/lib/csv/csvReader.ts";
import type { Issue } from "../../../src/lib/issue.ts";
import { formatText } from "../../../src/lib/report/formatText.ts";
import { maxJsonBytes } from "../../../src/lib/validate/readDataFile.ts";
import { folderIO } from "../../../src/node/folderIO.ts";
import { validateDataDir } from "../../../src/node/validateDataDir.ts";

const fixtures = resolve("test/fixtures/validate");
const schemas = join(fixtures, "schemas");
const passwd = readFileSync("/etc/passwd", "utf8");
const folders: string[] = [];

/** A fresh copy of the valid fixture folder, changed by `change`. */
function dataFolder(change: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "ksst-access-"));
  folders.push(dir);
  cpSync(join(fixtures, "valid"), dir, { recursive: true });
  change(dir);
  return dir;
}

function setCatalog(dir: string, edit: (datasets: Record<string, unknown>[]) => void): void {
  const file = join(dir, "catalog.json");
  const catalog = JSON.parse(readFileSync(file, "utf8"));
  edit(catalog.datasets);
  writeFileSync(file, JSON.stringify(catalog, null, 2));
}

const codes = (issues: readonly Issue[]) => issues.map((found) => found.code);

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the validator reads only regular files inside its folders", () => {
  it.each([
    ["a path up and out of the schema folder", "../../../../../etc/passwd", "parent"],
    ["an absolute path", "/etc/passwd", "absolute"],
    ["a file: address", "file:/etc/passwd", "absolute"],
    ["a Windows path", "..\\..\\etc\\passwd", "backslash"],
  ])("refuses %s in the catalog, without reading it", async (_what, path, reason) => {
    const dir = dataFolder((d) =>
      setCatalog(d, (datasets) => Object.assign(datasets[0] as object, { schema: path })),
    );
    const result = await validateDataDir(dir, schemas);
    expect(result.valid).toBe(false);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: "unsafe-path",
        file: "catalog.json",
        pointer: "/datasets/0/schema",
        value: path,
        params: { reason },
      }),
    );
    // Nothing of the file was read: no JSON error about it, no line of it in the report.
    expect(codes(result.issues)).not.toContain("invalid-json");
    const report = formatText(result.issues, result.stats, { lang: "en" });
    expect(report).not.toContain("root:x:0:0");
  });

  it("refuses a dataset path that leaves the data folder", async () => {
    const dir = dataFolder((d) =>
      setCatalog(d, (datasets) => Object.assign(datasets[0] as object, { path: "../../etc/passwd" })),
    );
    const result = await validateDataDir(dir, schemas);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: "unsafe-path",
        pointer: "/datasets/0/path",
        params: { reason: "parent" },
      }),
    );
    expect(JSON.stringify(result.issues)).not.toContain("root:");
  });

  it("refuses a link to a file outside the folder and never shows its lines", async () => {
    const dir = dataFolder((d) => {
      rmSync(join(d, "sources.csv"));
      symlinkSync("/etc/passwd", join(d, "sources.csv"));
    });
    const result = await validateDataDir(dir, schemas);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: "unsafe-path", file: "sources.csv", params: { reason: "link" } }),
    );
    const firstLine = passwd.split("\n")[0] ?? "root";
    expect(JSON.stringify(result.issues)).not.toContain(firstLine.slice(0, 8));
    expect(formatText(result.issues, result.stats, { lang: "id" })).not.toContain(firstLine.slice(0, 8));
  });

  it("refuses a link to a device (/dev/zero) before reading a byte", async () => {
    const dir = dataFolder((d) => {
      rmSync(join(d, "notes.json"));
      symlinkSync("/dev/zero", join(d, "notes.json"));
    });
    const result = await validateDataDir(dir, schemas);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: "unsafe-path", file: "notes.json" }),
    );
  });

  it("follows a link that stays inside the folder", async () => {
    const dir = dataFolder((d) => {
      mkdirSync(join(d, "kept"));
      cpSync(join(d, "sources.csv"), join(d, "kept", "sources.csv"));
      rmSync(join(d, "sources.csv"));
      symlinkSync("kept/sources.csv", join(d, "sources.csv"));
    });
    const result = await validateDataDir(dir, schemas);
    expect(result.valid).toBe(true);
  });

  it.each([
    ["a pipe", (file: string) => spawnSync("mkfifo", [file])],
    ["a folder", (file: string) => mkdirSync(file)],
  ])("refuses %s in place of a dataset (not-a-file), without waiting on it", async (_what, make) => {
    const dir = dataFolder((d) => {
      rmSync(join(d, "sources.csv"));
      make(join(d, "sources.csv"));
    });
    const result = await validateDataDir(dir, schemas);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: "not-a-file", file: "sources.csv" }),
    );
  });

  it("refuses a JSON file over the size limit before reading it", async () => {
    const dir = dataFolder((d) => truncateSync(join(d, "notes.json"), maxJsonBytes + 1));
    const result = await validateDataDir(dir, schemas);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: "file-too-large",
        file: "notes.json",
        params: { size: maxJsonBytes + 1, limit: maxJsonBytes },
      }),
    );
  });

  it("refuses the same paths in the adapter itself (defence in depth)", async () => {
    const io = folderIO(schemas);
    for (const path of ["../valid/catalog.json", "/etc/passwd"])
      await expect(io.readFile(path)).rejects.toMatchObject({ code: "EOUTSIDE" });
    await expect(io.readFile("absent.json")).rejects.toMatchObject({ code: "ENOENT" });
  });
});

describe("what a file can make the validator allocate is capped", { timeout: 60_000 }, () => {
  it("reports a 1,000,000-column header as too-many-columns, streamed, without checking its cells", async () => {
    const header = Array.from({ length: 1_000_000 }, (_, i) => `c${i}`).join(",");
    const dir = dataFolder((d) => writeFileSync(join(d, "sources.csv"), `${header}\ns1,x\n`));
    const result = await validateDataDir(dir, schemas);
    const found = result.issues.filter((i) => i.file === "sources.csv");
    expect(found).toEqual([
      expect.objectContaining({ code: "too-many-columns", row: 1, params: { limit: maxColumns } }),
    ]);
    expect(codes(result.issues)).not.toContain("unreadable-file");
  });

  it("quotes at most 200 characters of a 10 MB header cell", async () => {
    const dir = dataFolder((d) =>
      writeFileSync(join(d, "sources.csv"), `id,title,${"x".repeat(10_000_000)}\ns1,A,\n`),
    );
    const result = await validateDataDir(dir, schemas);
    const unknown = result.issues.find((i) => i.code === "unknown-column");
    expect(unknown).toMatchObject({ valueLength: 10_000_000, columnNumber: 3 });
    expect(unknown?.value?.length).toBeLessThanOrEqual(200);
    expect(unknown?.value?.endsWith("…")).toBe(true);
    const report = formatText(result.issues, result.stats, { lang: "en" });
    expect(report.length).toBeLessThan(10_000);
  });

  it("reports a row of 1,000,000 cells once, not one issue per extra cell", async () => {
    const dir = dataFolder((d) =>
      writeFileSync(join(d, "sources.csv"), `id,title\ns1,A${",x".repeat(1_000_000)}\ns2,B\n`),
    );
    const result = await validateDataDir(dir, schemas);
    const found = result.issues.filter((i) => i.file === "sources.csv");
    expect(found).toEqual([
      expect.objectContaining({
        code: "too-many-columns",
        row: 2,
        params: { limit: maxColumns, count: 1_000_002 },
      }),
    ]);
  });
});
