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
import { buildNodeOptions } from "../helpers/buildCommand.ts";
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
  ...buildNodeOptions,
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

/** Starts `npm run build` into `out` (its output gathered in `log.text`) and a promise of its exit status. */
function startBuild(out: string, extraEnv: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, build("--out", out), {
    env: { ...env, ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log = { text: "" };
  child.stdout.on("data", (chunk) => {
    log.text += chunk;
  });
  child.stderr.on("data", (chunk) => {
    log.text += chunk;
  });
  const exited = new Promise<number | null>((settle) => child.once("exit", (status) => settle(status)));
  return { child, log, exited };
}

/** Pagefind's processes running now, each with its parent's pid (read from /proc). */
function pagefindProcesses(): { pid: number; parent: number }[] {
  if (!existsSync("/proc/self/stat")) return [];
  const found: { pid: number; parent: number }[] = [];
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("pagefind")) continue;
      // The parent's pid is the field after the state, which follows the command in parentheses.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      found.push({ pid: Number(pid), parent });
    } catch {
      // The process ended while being read.
    }
  }
  return found;
}

/** The pids of the Pagefind processes the build script itself runs, once there are some. */
function ownPagefind(child: ReturnType<typeof spawn>, log: { text: string }): Promise<number[]> {
  return new Promise<number[]>((ready, fail) => {
    const poll = setInterval(() => {
      const own = pagefindProcesses().filter((p) => p.parent === child.pid);
      if (own.length > 0) {
        clearInterval(poll);
        ready(own.map((p) => p.pid));
      }
    }, 10);
    child.once("exit", () => {
      clearInterval(poll);
      fail(new Error(`The build ended before it ran Pagefind:\n${log.text}`));
    });
  });
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

  it("builds the search index once Astro's process has ended, so their memory is never held at once", async () => {
    const out = join(mkdtempSync(join(work, "index-after-")), "dist");
    // One page a bundle: many Pagefind processes one after the other, so the index phase is long enough to watch.
    const { child, log, exited } = startBuild(out, { KSST_SEARCH_BUNDLE_SIZE: "1" });
    const staging = join(out, "..", `.dist.staging-${child.pid}`);
    // Pagefind processes of this build: the build script's own, or Astro's for this staging folder (other
    // test files build sites at the same time, with Pagefind processes of their own).
    const seen = new Map<number, number>();
    let beside = 0;
    const watch = setInterval(() => {
      const astro = astroProcessesFor(staging);
      const indexing = pagefindProcesses().filter(
        ({ parent }) => parent === child.pid || astro.includes(parent),
      );
      for (const { pid, parent } of indexing) seen.set(pid, parent);
      if (indexing.length > 0 && astro.length > 0) beside += 1;
    }, 10);
    const status = await exited;
    const output = log.text;
    clearInterval(watch);
    expect(status, output).toBe(0);
    expect(beside).toBe(0);
    expect(seen.size).toBeGreaterThan(0);
    // Every Pagefind process was the build script's own, none Astro's.
    expect([...new Set(seen.values())]).toEqual([child.pid]);
    expect(output).toMatch(/^Search index: \d+ pages in \d+ bundles; Pagefind: [\d.]+ s CPU/m);
    expect(output.indexOf("Search index:")).toBeGreaterThan(output.indexOf("[build] Complete!"));
    expect(existsSync(join(out, "pagefind", "bundles.json"))).toBe(true);
  });

  it("on SIGINT while the search index is built, ends Pagefind and leaves the output untouched", async () => {
    const parent = mkdtempSync(join(work, "signal-index-"));
    const out = join(parent, "dist");
    mkdirSync(out);
    writeFileSync(join(out, "index.html"), "<p>previous site</p>");
    const { child, log, exited } = startBuild(out, { KSST_SEARCH_BUNDLE_SIZE: "1" });
    const indexing = await ownPagefind(child, log);
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(log.text).toContain("Build interrupted (SIGINT)");
    expect(log.text).not.toMatch(stackLine);
    expect(readdirSync(parent)).toEqual(["dist"]);
    expect(readdirSync(out)).toEqual(["index.html"]);
    expect(indexing.filter((pid) => existsSync(`/proc/${pid}`))).toEqual([]);
  });

  it("reports a file the search index cannot write in one sentence, exit 2, and leaves the output untouched", async () => {
    const parent = mkdtempSync(join(work, "index-io-"));
    const out = join(parent, "dist");
    mkdirSync(out);
    writeFileSync(join(out, "index.html"), "<p>previous site</p>");
    const { child, log, exited } = startBuild(out, { KSST_SEARCH_BUNDLE_SIZE: "1" });
    await ownPagefind(child, log);
    // While Pagefind runs, a folder takes the place of the list of bundles the build writes after it.
    const staging = readdirSync(parent).find((name) => name.startsWith(".dist.staging-"));
    expect(staging).toBeDefined();
    mkdirSync(join(parent, staging as string, "pagefind", "bundles.json"), { recursive: true });
    expect(await exited).toBe(2);
    expect(log.text).toMatch(/bundles\.json/);
    expect(log.text).toContain("it is a folder");
    expect(log.text).not.toMatch(stackLine);
    expect(readdirSync(parent)).toEqual(["dist"]);
    expect(readdirSync(out)).toEqual(["index.html"]);
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
      const { child, log, exited } = startBuild(out);
      // Wait until Astro is at work: the data is valid and Astro has started logging.
      await new Promise<void>((ready, fail) => {
        const check = () => {
          if (/\[build\]|building|astro/i.test(log.text.split("Data valid")[1] ?? "")) ready();
        };
        child.stdout.on("data", check);
        child.once("exit", () => fail(new Error(`The build ended before Astro started:\n${log.text}`)));
      });
      const staging = join(parent, `.dist.staging-${child.pid}`);
      expect(astroProcessesFor(staging).length).toBeGreaterThan(0);
      child.kill(signal);
      expect(await exited).toBe(code);
      expect(log.text).toContain(`Build interrupted (${signal})`);
      expect(log.text).not.toMatch(stackLine);
      expect(existsSync(staging)).toBe(false);
      expect(readdirSync(parent)).toEqual(["dist"]);
      expect(readdirSync(out)).toEqual(["index.html"]);
      expect(astroProcessesFor(staging)).toEqual([]);
    },
  );
});
