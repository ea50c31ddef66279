import { spawnSync } from "node:child_process";
import { fixtureDataDir, fixtureReleasesDir, siteDir } from "../helpers/siteFixture.ts";

// A fixed build time, so the fixture site is the same on every run.
const sourceDateEpoch = "1795824000"; // 2026-11-28T00:00:00Z, the fixture's latest release

/** Builds the site from the fixture folders before the browser tests run (unless KSST_E2E_SITE is set). */
export function setup(): void {
  if (process.env.KSST_E2E_SITE) return;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KSST_RELEASES_DIR: fixtureReleasesDir,
    SOURCE_DATE_EPOCH: sourceDateEpoch,
    FORCE_COLOR: "0",
  };
  // The report link is tested as it is built without configuration.
  delete env.KSST_REPORT_URL;
  // Built without the public address, as a journalist's or CI's build is (test/e2e/sharing.e2e.test.ts).
  delete env.KSST_SITE_URL;
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/build.ts", "--data", fixtureDataDir, "--out", siteDir, "--lang", "en"],
    { encoding: "utf8", env },
  );
  if (run.status !== 0)
    throw new Error(`Building the fixture site failed (exit ${run.status}):\n${run.stderr}\n${run.stdout}`);
}
