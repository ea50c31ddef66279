import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { validateNodeOptions } from "../../helpers/validateCommand.ts";

const fixtures = "test/fixtures/validate";

/** Runs the validate CLI in a child process, as CI does. */
function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [...validateNodeOptions, "scripts/validate.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, TZ: "UTC", FORCE_COLOR: "0" },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const data = (folder: string) => ["--data", `${fixtures}/${folder}`, "--schemas", `${fixtures}/schemas`];
// A stack trace line, as Node prints it.
const stackLine = /^\s+at .+[:(]/m;

describe("npm run validate", { timeout: 60_000 }, () => {
  it("exits 0 on valid data and says so", () => {
    const { code, stdout, stderr } = cli(...data("valid"), "--lang", "en");
    expect(code).toBe(0);
    expect(stdout).toContain("Valid  Total: 0 errors, 0 warnings");
    expect(stderr).toBe("");
  });

  it("exits 0 when there are only warnings, and shows them", () => {
    const { code, stdout } = cli(...data("warnings"), "--format", "github");
    expect(code).toBe(0);
    expect(stdout).toContain(
      `::warning file=${fixtures}/warnings/activities.csv,line=3,title=duplicate-row::`,
    );
  });

  it("exits 1 on invalid data, in Bahasa Indonesia by default, without a stack trace", () => {
    const { code, stdout, stderr } = cli(...data("invalid"));
    expect(code).toBe(1);
    expect(stdout).toContain("galat enum (1)");
    expect(stdout).toContain('Mungkin maksud Anda "training"?');
    expect(stdout).toContain("Tidak valid  Jumlah:");
    expect(`${stdout}${stderr}`).not.toMatch(stackLine);
  });

  it("writes a Frictionless-shaped JSON report", () => {
    const { code, stdout } = cli(...data("invalid"), "--format", "json", "--lang", "en");
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.valid).toBe(false);
    expect(report.stats).toMatchObject({ tasks: 3 });
    const activities = report.tasks.find((t: { name: string }) => t.name === "activities");
    expect(activities.errors).toContainEqual(
      expect.objectContaining({
        type: "constraint-error",
        code: "enum",
        rowNumber: 2,
        fieldName: "type",
        fieldNumber: 2,
        cell: "trainng",
        message: expect.stringContaining('Did you mean "training"?'),
        note: expect.stringContaining("Use one of"),
      }),
    );
  });

  it("writes GitHub annotations with file, line and column", () => {
    const { code, stdout } = cli(...data("invalid"), "--format", "github", "--lang", "en");
    expect(code).toBe(1);
    expect(stdout).toMatch(
      new RegExp(
        `^::error file=${fixtures}/invalid/activities.csv,line=2,col=2,title=enum \\(type\\)::`,
        "m",
      ),
    );
  });

  it("reports broken files (an unclosed quote, JSON that is not a list) as data, exit 1, no stack trace", () => {
    const { code, stdout, stderr } = cli(...data("broken"), "--lang", "en");
    expect(code).toBe(1);
    expect(stdout).toContain("error unclosed-quote (1)");
    expect(stdout).toContain("error not-an-array (1)");
    expect(`${stdout}${stderr}`).not.toMatch(stackLine);
  });

  it.each([
    ["an unknown language", ["--lang", "fr"], /Unknown --lang "fr"/],
    ["an unknown format", ["--format", "xml"], /Unknown --format "xml"/],
    ["an unknown option", ["--colour"], /Unknown option/],
    ["a missing folder", ["--data", `${fixtures}/nowhere`], /Folder not found/],
  ])("exits 2 on %s, with a message and no stack trace", (_what, args, message) => {
    const { code, stderr } = cli(...data("valid"), ...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(stackLine);
  });

  it("prints its usage with --help", () => {
    const { code, stdout } = cli("--help");
    expect(code).toBe(0);
    expect(stdout).toContain("Exit codes: 0 valid");
  });
});
