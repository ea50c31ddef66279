import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { changeListScope } from "../../src/site/html/changeListHtml.ts";
import { recordHistoryScope } from "../../src/site/html/recordHistoryHtml.ts";
import { reportProblemScope } from "../../src/site/html/reportProblemHtml.ts";
import { buildEnv } from "../helpers/buildEnv.ts";
import { hostileDataDir } from "../helpers/hostileData.ts";
import { fixtureDataDir, fixtureReleasesDir } from "../helpers/siteFixture.ts";

// `npm run build` renders the first activity page of each language through Astro and writes the
// others from it outside Astro's page pipeline (src/site/activityPages.ts); `KSST_RENDER_ALL=1`
// renders every page and file through Astro. Both builds must publish the same files, byte for byte:
// the site fixture (with releases, so every activity has a history) and the hostile fixture (markup,
// control and right-to-left characters in every text), the latter with the site's public address
// (absolute links in the head).

const work = mkdtempSync(join(tmpdir(), "ksst-activity-pages-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const noReleases = join(work, "no-releases");
mkdirSync(noReleases);

/** Every file of a folder by its path inside it. */
function filesOf(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(root, path), readFileSync(path));
    }
  };
  walk(root);
  return files;
}

/** Builds a data folder into `out` with `npm run build`'s script; returns what it printed. */
function build(data: string, out: string, env: NodeJS.ProcessEnv): string {
  // Built as configured here only; no colours in the log (FORCE_COLOR, even "0", turns them on).
  const base = buildEnv({ NO_COLOR: "1", SOURCE_DATE_EPOCH: "1795824000" });
  for (const name of ["KSST_SITE_URL", "KSST_REPORT_URL", "KSST_RENDER_ALL", "FORCE_COLOR"])
    delete base[name];
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/build.ts", "--data", data, "--out", out],
    {
      encoding: "utf8",
      env: { ...base, ...env },
    },
  );
  if (run.status !== 0)
    throw new Error(`Building ${data} failed (exit ${run.status}):\n${run.stderr}\n${run.stdout}`);
  // Astro logs each page it writes (on stdout or stderr, depending on its logger).
  return `${run.stdout}\n${run.stderr}`;
}

describe.each([
  ["the site fixture", fixtureDataDir, { KSST_RELEASES_DIR: fixtureReleasesDir }],
  [
    "the hostile fixture, with the public address",
    hostileDataDir,
    { KSST_RELEASES_DIR: noReleases, KSST_SITE_URL: "https://data.example.org/" },
  ],
])("activity pages written outside Astro's pipeline, %s", (name, data, env) => {
  it("are the pages Astro renders, byte for byte, as is every other file", () => {
    const folder = join(work, name.replace(/\W+/g, "-"));
    const fastLog = build(data, join(folder, "fast"), env);
    const astroLog = build(data, join(folder, "astro"), { ...env, KSST_RENDER_ALL: "1" });
    // Astro rendered one activity page a language in the first build, every one in the second.
    const rendered = (log: string) =>
      (log.match(/├─ \/(id\/kegiatan|en\/activities)\/[^/]+\/index\.html/g) ?? []).length;
    expect(rendered(fastLog)).toBe(2);
    // The others were written on the worker thread (src/node/activityPagesThread.ts), both languages.
    expect(
      fastLog.match(/Activity pages \((id|en)\): \d+ written from \S+ in [\d.]+ s on a worker thread/g),
    ).toHaveLength(2);
    const fast = filesOf(join(folder, "fast"));
    const astro = filesOf(join(folder, "astro"));
    const activityPages = [...astro.keys()].filter((p) =>
      /^(id\/kegiatan|en\/activities)\/[^/]+\/index\.html$/.test(p),
    );
    expect(rendered(astroLog)).toBe(activityPages.length);
    expect(activityPages.length).toBeGreaterThan(40);
    expect([...fast.keys()].sort()).toEqual([...astro.keys()].sort());
    const different = [...astro]
      .filter(([path, bytes]) => !fast.get(path)?.equals(bytes))
      .map(([path]) => path);
    expect(different).toEqual([]);
    // The markup functions write the attributes Astro scopes those components' styles by.
    const css = [...astro]
      .filter(([path]) => path.endsWith(".css"))
      .map(([, bytes]) => bytes.toString("utf8"));
    for (const scope of [changeListScope, recordHistoryScope, reportProblemScope])
      expect(
        css.some((sheet) => sheet.includes(`[${scope}]`)),
        scope,
      ).toBe(true);
  }, 600_000);
});
