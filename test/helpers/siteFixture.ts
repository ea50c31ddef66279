import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";

/** The fixture the browser and view tests build the site from (see `test/fixtures/site/README.md`). */
export const fixtureDir = "test/fixtures/site";

/** The fixture's data folder (a frozen copy of `data/`). */
export const fixtureDataDir = join(fixtureDir, "data");

/** The fixture's releases folder (a frozen copy of `releases/`). */
export const fixtureReleasesDir = join(fixtureDir, "releases");

/**
 * Where the browser tests' global setup builds the fixture site. `KSST_E2E_SITE` names a site that
 * is already built from the fixture (the setup then skips the build, for quick reruns).
 */
export const siteDir = process.env.KSST_E2E_SITE ?? ".build/e2e-site";

/**
 * Where the browser tests' global setup builds the site from the hostile fixture
 * (`test/fixtures/hostile`); `KSST_E2E_HOSTILE_SITE` names one already built.
 */
export const hostileSiteDir = process.env.KSST_E2E_HOSTILE_SITE ?? ".build/e2e-hostile";

/** Reads a file of the fixture's data folder as text. */
export function readFixture(file: string): string {
  return readFileSync(join(fixtureDataDir, file), "utf8");
}

/** Reads a JSON dataset of the fixture's data folder. */
export function readFixtureJson<T>(file: string): T {
  return JSON.parse(readFixture(file)) as T;
}

/** Reads a CSV dataset of the fixture's data folder as rows by header. */
export function readFixtureCsv(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFixture(file), { header: true, skipEmptyLines: true }).data;
}
