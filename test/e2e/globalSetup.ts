import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { buildEnv } from "../helpers/buildEnv.ts";
import { hostileDataDir } from "../helpers/hostileData.ts";
import { fixtureDataDir, fixtureReleasesDir, hostileSiteDir, siteDir } from "../helpers/siteFixture.ts";

// A fixed build time, so the fixture site is the same on every run.
const sourceDateEpoch = "1795824000"; // 2026-11-28T00:00:00Z, the fixture's latest release

/**
 * Builds the site from the fixture folders before the browser tests run (unless KSST_E2E_SITE is set),
 * and from the hostile fixture (unless KSST_E2E_HOSTILE_SITE is set).
 */
export function setup(): void {
  // As a user's `npm run build` (not Vitest's development mode): the pages tested are those published.
  const env: NodeJS.ProcessEnv = buildEnv({
    KSST_RELEASES_DIR: fixtureReleasesDir,
    SOURCE_DATE_EPOCH: sourceDateEpoch,
    FORCE_COLOR: "0",
    // Record bundles of at most 50 pages: the fixture's records make several a language, so every search
    // test runs across merged bundles, as on a site of 100,000 activities (src/node/searchIndex.ts).
    KSST_SEARCH_BUNDLE_SIZE: "50",
  });
  // The report link is tested as it is built without configuration.
  delete env.KSST_REPORT_URL;
  // Built without the public address, as a journalist's or CI's build is (test/e2e/sharing.e2e.test.ts).
  delete env.KSST_SITE_URL;
  if (!process.env.KSST_E2E_SITE) build(fixtureDataDir, siteDir, env);
  // The hostile fixture's site (test/e2e/hostile.e2e.test.ts), without releases: only its data matters.
  if (process.env.KSST_E2E_HOSTILE_SITE) return;
  const noReleases = ".build/e2e-no-releases";
  mkdirSync(noReleases, { recursive: true });
  build(hostileDataDir, hostileSiteDir, { ...env, KSST_RELEASES_DIR: noReleases });
}

function build(data: string, out: string, env: NodeJS.ProcessEnv): void {
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/build.ts", "--data", data, "--out", out, "--lang", "en"],
    { encoding: "utf8", env },
  );
  if (run.status !== 0)
    throw new Error(
      `Building the site from ${data} failed (exit ${run.status}):\n${run.stderr}\n${run.stdout}`,
    );
}
