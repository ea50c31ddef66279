// `npm run validate` preloads scripts/cachedTypeStripping.mjs, which keeps each TypeScript module's
// stripped text on disk: a module must run as Node itself would run it, a changed module must never
// be served from the cache, and a cache that cannot be written must not stop the run.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateNodeOptions } from "../../helpers/validateCommand.ts";

let root = "";
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "ksst-strip-"));
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

function run(script: string, cache: string) {
  return spawnSync(process.execPath, [...validateNodeOptions, script], {
    encoding: "utf8",
    env: { ...process.env, KSST_STRIPPED_TS_CACHE: cache },
  });
}

describe("cached type stripping", () => {
  it("is preloaded by npm run validate", () => {
    expect(validateNodeOptions).toContain("./scripts/cachedTypeStripping.mjs");
  });

  it("runs a module as Node does, and runs the new text of a changed module", () => {
    const cache = join(root, "cache");
    const script = join(root, "answer.ts");
    const helper = join(root, "helper.ts");
    writeFileSync(helper, "export const twice = (n: number): number => n * 2;\n");
    writeFileSync(
      script,
      'import { twice } from "./helper.ts";\nconst n: number = 21;\nconsole.log(twice(n));\n',
    );
    const first = run(script, cache);
    expect(first.stderr).toBe("");
    expect(first.stdout).toBe("42\n");
    expect(readdirSync(cache)).toHaveLength(2);
    // From the cache, then changed.
    expect(run(script, cache).stdout).toBe("42\n");
    writeFileSync(helper, "export const twice = (n: number): number => n * 2 + 1;\n");
    expect(run(script, cache).stdout).toBe("43\n");
    expect(readdirSync(cache)).toHaveLength(3);
  });

  it("still runs when its cache cannot be written", () => {
    // A cache folder inside a file cannot be made, whoever runs the test.
    const blocker = join(root, "a-file");
    writeFileSync(blocker, "");
    const script = join(root, "plain.ts");
    writeFileSync(script, "const s: string = 'ok';\nconsole.log(s);\n");
    const result = run(script, join(blocker, "cache"));
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("ok\n");
  });

  it("gives the same report as Node's own type stripping", () => {
    const cache = join(root, "report");
    const args = [
      "scripts/validate.ts",
      "--data",
      resolve("test/fixtures/validate/invalid"),
      "--format",
      "json",
    ];
    const preload = validateNodeOptions.indexOf("./scripts/cachedTypeStripping.mjs");
    const withoutCache = validateNodeOptions.filter((_, i) => i !== preload && i !== preload - 1);
    expect(withoutCache).not.toContain("--import");
    const plain = spawnSync(process.execPath, [...withoutCache, ...args], { encoding: "utf8" });
    const cached = spawnSync(process.execPath, [...validateNodeOptions, ...args], {
      encoding: "utf8",
      env: { ...process.env, KSST_STRIPPED_TS_CACHE: cache },
    });
    expect(cached.stdout.length).toBeGreaterThan(100);
    expect(cached.stdout).toBe(plain.stdout);
  });
});
