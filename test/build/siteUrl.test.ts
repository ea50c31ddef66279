import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const build = (env: Record<string, string>, args: string[] = []) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", "/nonexistent/out", ...args], {
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0", ...env },
  });

describe("npm run build and KSST_SITE_URL", () => {
  it.each(["data.example.org", "https://data.example.org/ksst/", "mailto:x@example.org"])(
    "refuses %s with exit 2, a message naming the variable and no stack trace",
    (value) => {
      const run = build({ KSST_SITE_URL: value });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("KSST_SITE_URL");
      expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    },
    30_000,
  );

  it("refuses a build for publishing without the address, saying what is missing", () => {
    const run = build({ KSST_SITE_URL: "" }, ["--publish"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("KSST_SITE_URL is not set");
    expect(run.stderr).toContain("--publish needs KSST_SITE_URL");
  }, 30_000);
});
