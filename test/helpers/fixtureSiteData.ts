import { folderIO } from "../../src/node/folderIO.ts";
import { validateDataDir } from "../../src/node/validateDataDir.ts";
import { type SiteData, siteData } from "../../src/site/siteData.ts";
import { fixtureDataDir } from "./siteFixture.ts";

let cached: Promise<SiteData> | undefined;

/** The site's data built from the fixture's data folder, as a build would (fixed clock and version), once per test file. */
export function fixtureSiteData(): Promise<SiteData> {
  cached ??= (async () => {
    const result = await validateDataDir(fixtureDataDir, "schemas");
    if (!result.valid)
      throw new Error(`The site fixture (${fixtureDataDir}) does not validate against schemas/.`);
    return siteData(result, folderIO(fixtureDataDir), new Date("2026-12-01T00:00:00Z"), { version: "1.1.0" });
  })();
  return cached;
}
