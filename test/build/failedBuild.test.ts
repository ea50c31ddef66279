import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureDataDir } from "../helpers/siteFixture.ts";

/** Every file under a folder, as base64 bytes by relative path. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path).toString("base64");
    }
  };
  walk(dir);
  return files;
}

describe("npm run build with invalid data", () => {
  it("refuses to publish, says where the problem is, and leaves the previous output byte-identical", () => {
    const work = mkdtempSync(join(tmpdir(), "ksst-build-"));
    const data = join(work, "data");
    cpSync(fixtureDataDir, data, { recursive: true });
    // The same activity pasted twice: the second copy reuses the first one's id.
    const csv = readFileSync(join(data, "activities.csv"), "utf8").trimEnd();
    const lines = csv.split("\n");
    const firstRecord = lines[1] ?? "";
    const firstId = firstRecord.split(",")[0] ?? "";
    expect(firstId).toMatch(/^ksst-/);
    writeFileSync(join(data, "activities.csv"), `${csv}\n${firstRecord}\n`);
    const duplicateRow = lines.length + 1;

    const out = join(work, "dist");
    mkdirSync(join(out, "id"), { recursive: true });
    writeFileSync(join(out, "index.html"), "<p>previous site</p>");
    writeFileSync(join(out, "id", "index.html"), "<p>previous dashboard</p>");
    const before = snapshot(out);

    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/build.ts", "--data", data, "--out", out, "--lang", "en"],
      { encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0" } },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("activities.csv");
    expect(run.stderr).toContain("duplicate-key");
    expect(run.stderr).toContain(`row ${duplicateRow}`);
    expect(run.stderr).toContain(firstId);
    expect(run.stderr).toContain("left untouched");
    // No stack trace for a data problem.
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(snapshot(out)).toEqual(before);
  }, 60_000);
});
