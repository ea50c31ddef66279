import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";

const data = ["--data", "test/fixtures/validate/valid", "--schemas", "test/fixtures/validate/schemas"];
const command = ["node", "--import", "tsx", "scripts/validate.ts", ...data, "--lang", "en"];

/** Runs the CLI with its output on a terminal: `script` (util-linux) gives it a pseudo-terminal. */
function onTerminal(...extra: string[]) {
  const run = spawnSync("script", ["-qec", [...command, ...extra].join(" "), "/dev/null"], {
    encoding: "utf8",
    env: {
      ...process.env,
      PATH: `${process.execPath.replace(/\/node$/, "")}:${process.env.PATH}`,
      TZ: "UTC",
    },
  });
  // Colours and cursor moves are for the terminal; the text is what is checked.
  return stripVTControlCharacters(run.stdout);
}

describe("progress of npm run validate", { timeout: 60_000 }, () => {
  it("shows nothing when stderr is not a terminal", () => {
    const run = spawnSync(process.execPath, command.slice(1), { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
  });

  it.runIf(existsSync("/usr/bin/script"))("shows the file, rows and rows per second on a terminal", () => {
    const output = onTerminal();
    expect(output).toContain("Valid  Total: 0 errors, 0 warnings");
    expect(output).toMatch(/activities\.csv .*\d+% \| \d+ rows \| .* rows\/s \| ETA/);
  });

  it.runIf(existsSync("/usr/bin/script"))("shows none with --quiet, even on a terminal", () => {
    const output = onTerminal("--quiet");
    expect(output).toContain("Valid  Total: 0 errors, 0 warnings");
    expect(output).not.toContain("rows/s");
  });
});
