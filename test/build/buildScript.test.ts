import { spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixtureDataDir, fixtureReleasesDir } from "../helpers/siteFixture.ts";

const work = mkdtempSync(join(tmpdir(), "ksst-build-script-"));
// A stack trace line, as Node prints it.
const stackLine = /^\s+at .+[:(]/m;
const env = {
  ...process.env,
  FORCE_COLOR: "0",
  KSST_RELEASES_DIR: fixtureReleasesDir,
  SOURCE_DATE_EPOCH: "1795824000",
};
const build = (...args: string[]) => [
  "--import",
  "tsx",
  "scripts/build.ts",
  "--data",
  fixtureDataDir,
  ...args,
];

// A real second file system where the machine allows it (root on Linux): a tmpfs mounted here.
const mountPoint = join(work, "tmpfs");
mkdirSync(mountPoint);
const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=256m", "ksst-test", mountPoint]).status === 0;

afterAll(() => {
  if (mounted) spawnSync("umount", [mountPoint]);
  rmSync(work, { recursive: true, force: true });
});

/** Processes still running `astro build` for the given output folder (read from /proc). */
function astroProcessesFor(staging: string): number[] {
  if (!existsSync("/proc/self/environ")) return [];
  const found: number[] = [];
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      const environ = readFileSync(`/proc/${pid}/environ`, "utf8");
      if (cmdline.includes("astro.mjs") && environ.includes(`KSST_OUT_DIR=${staging}`))
        found.push(Number(pid));
    } catch {
      // The process ended while being read.
    }
  }
  return found;
}

describe("npm run build: where the output goes", { timeout: 240_000 }, () => {
  it("reports an output folder it cannot create in one sentence, exit 2, no stack trace", () => {
    const file = join(work, "a-file");
    writeFileSync(file, "not a folder");
    const run = spawnSync(process.execPath, build("--out", join(file, "dist")), { encoding: "utf8", env });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^Could not mkdir \/.*a-file: a file of that name is in the way \(EEXIST\)\.$/m,
    );
    expect(run.stderr).not.toMatch(stackLine);
  });

  it.runIf(mounted)("builds onto another file system (a tmpfs mount point), replacing what was there", () => {
    writeFileSync(join(mountPoint, "old.html"), "<p>previous site</p>");
    const run = spawnSync(process.execPath, build("--out", mountPoint), { encoding: "utf8", env });
    expect(run.stderr).not.toContain("EXDEV");
    expect(run.status).toBe(0);
    expect(readFileSync(join(mountPoint, "id", "index.html"), "utf8")).toContain('<html lang="id"');
    expect(existsSync(join(mountPoint, "old.html"))).toBe(false);
    expect(readdirSync(mountPoint).filter((name) => name.startsWith("."))).toEqual([]);
    expect(readdirSync(work).filter((name) => /\.(staging|downloads|validated)-/.test(name))).toEqual([]);
  });

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)(
    "on %s stops Astro, removes its staging folder and leaves the output untouched",
    async (signal, code) => {
      const parent = mkdtempSync(join(work, "signal-"));
      const out = join(parent, "dist");
      mkdirSync(out);
      writeFileSync(join(out, "index.html"), "<p>previous site</p>");
      const child = spawn(process.execPath, build("--out", out), { env, stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      child.stdout.on("data", (chunk) => {
        output += chunk;
      });
      child.stderr.on("data", (chunk) => {
        output += chunk;
      });
      const exited = new Promise<number | null>((settle) => child.once("exit", (status) => settle(status)));
      // Wait until Astro is at work: the data is valid and Astro has started logging.
      await new Promise<void>((ready, fail) => {
        const check = () => {
          if (/\[build\]|building|astro/i.test(output.split("Data valid")[1] ?? "")) ready();
        };
        child.stdout.on("data", check);
        child.once("exit", () => fail(new Error(`The build ended before Astro started:\n${output}`)));
      });
      const staging = join(parent, `.dist.staging-${child.pid}`);
      expect(astroProcessesFor(staging).length).toBeGreaterThan(0);
      child.kill(signal);
      expect(await exited).toBe(code);
      expect(output).toContain(`Build interrupted (${signal})`);
      expect(output).not.toMatch(stackLine);
      expect(existsSync(staging)).toBe(false);
      expect(readdirSync(parent)).toEqual(["dist"]);
      expect(readdirSync(out)).toEqual(["index.html"]);
      expect(astroProcessesFor(staging)).toEqual([]);
    },
  );
});
