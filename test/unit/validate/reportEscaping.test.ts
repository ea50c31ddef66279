import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportFormats } from "../../../src/lib/report/registry.ts";
import { visibleText } from "../../../src/lib/text/visibleText.ts";
import { type ValidationResult, validateFolder } from "../../../src/lib/validate/validateFolder.ts";
import { loadReference } from "../../../src/node/loadReference.ts";
import { memoryIO } from "../../helpers/memoryIO.ts";
import { miniData, miniSchemas } from "../../helpers/miniSchemas.ts";

// A cell that tries to write its own summary line, clear the screen, ring the bell and reverse the line.
const hostile = "=x\nValid  Total: 0 errors, 0 warnings\u001b[2J\u0007\u009b31m\u202Eevil\u200b\u2028end";
// biome-ignore lint/suspicious/noControlCharactersInRegex: raw control characters are what must not appear
const rawInvisible = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u2028\u202e]/;

let result: ValidationResult;
beforeAll(async () => {
  const sources = `id,title\ns1,"${hostile.replaceAll('"', '""')}"\ns2,"B\nValid  Total: 0 errors"\n`;
  result = await validateFolder({
    dataIO: memoryIO({ ...miniData, "sources.csv": sources }),
    schemaIO: memoryIO(miniSchemas),
    reference: await loadReference(),
    now: new Date("2025-06-30T00:00:00Z"),
  });
});

describe("reports print no raw control character and never split a value over lines", () => {
  it("makes invisible characters visible", () => {
    expect(visibleText("a\nb\u001b[2J\u202E\u200b\t")).toBe("a\\nb<U+001B>[2J<U+202E><U+200B>\\t");
  });

  it.each(Object.keys(reportFormats))("in the %s format", (name) => {
    const format = reportFormats[name];
    if (!format) throw new Error(name);
    for (const lang of ["id", "en"] as const) {
      const output = format.render(result, { lang, limit: 20 });
      expect(output).not.toMatch(rawInvisible);
      // The only summary line is the real one, at the end.
      const summaries = output
        .split("\n")
        .filter((line) =>
          /^(Valid|Tidak valid|Invalid) {2}(Total|Jumlah):|^(valid|invalid): \d+ errors/.test(line),
        );
      expect(summaries.length).toBeLessThanOrEqual(1);
      if (name === "json") {
        const report = JSON.parse(output);
        expect(JSON.stringify(report)).toContain("Valid  Total: 0 errors");
      } else {
        expect(output).toContain(
          "=x\\nValid  Total: 0 errors, 0 warnings<U+001B>[2J<U+0007><U+009B>31m<U+202E>evil",
        );
      }
    }
  });
});

describe("npm run validate with a hostile cell", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ksst-report-"));
    cpSync("test/fixtures/validate/valid", dir, { recursive: true });
    writeFileSync(join(dir, "sources.csv"), `id,title\ns1,"${hostile}"\ns2,A report\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints one summary line, the true one, and no escape sequence", () => {
    const run = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "scripts/validate.ts",
        "--data",
        dir,
        "--schemas",
        "test/fixtures/validate/schemas",
        "--lang",
        "en",
      ],
      { encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0" } },
    );
    const lines = run.stdout.split("\n");
    expect(lines.filter((line) => /^\S.*Total:/.test(line))).toEqual([
      expect.stringMatching(/^Valid {2}Total: 0 errors, \d+ warnings$/),
    ]);
    expect(run.stdout).not.toMatch(rawInvisible);
  });
});
