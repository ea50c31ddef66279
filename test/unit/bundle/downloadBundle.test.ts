import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { collectBytes } from "../../../src/lib/downloads/collectBytes.ts";
import { folderIO } from "../../../src/node/folderIO.ts";
import { readSchemaFiles } from "../../../src/node/schemaFiles.ts";
import { sha256Hex } from "../../../src/node/sha256.ts";
import { validateDataDir } from "../../../src/node/validateDataDir.ts";
import { downloadBundle } from "../../../src/site/downloadBundle.ts";
import { type SiteData, siteData } from "../../../src/site/siteData.ts";
import { fixtureDataDir } from "../../helpers/siteFixture.ts";

let data: SiteData;
let entries: Record<string, Uint8Array>;
beforeAll(async () => {
  const result = await validateDataDir(fixtureDataDir, "schemas");
  data = await siteData(result, folderIO(fixtureDataDir), new Date("2026-12-01T00:00:00Z"), {
    version: "1.1.0",
  });
  entries = unzipSync(await collectBytes(downloadBundle(data, await readSchemaFiles(), undefined)));
}, 60_000);

describe("the zip of every live download", () => {
  it("packs the IATI file it is given (made once per build) instead of making it again", async () => {
    const iati = new TextEncoder().encode("<iati-activities/>");
    const given = unzipSync(
      await collectBytes(downloadBundle(data, await readSchemaFiles(), undefined, iati)),
    );
    expect(given["iati-activities.xml"]).toEqual(iati);
    expect(entries["iati-activities.xml"]?.byteLength).toBeGreaterThan(iati.byteLength);
  });

  it("holds each download byte for byte, the schemas, quality.json, a README and checksums that match", () => {
    for (const dataset of data.siteDatasets.values())
      for (const file of dataset.downloads)
        expect(sha256Hex(entries[file.fileName] as Uint8Array)).toBe(file.sha256);
    expect(Object.keys(entries)).toEqual(
      expect.arrayContaining([
        "README.md",
        "SHA256SUMS",
        "datapackage.json",
        "quality.json",
        "iati-activities.xml",
        "schemas/defs.schema.json",
      ]),
    );
    const lines = strFromU8(entries.SHA256SUMS as Uint8Array)
      .trimEnd()
      .split("\n");
    expect(lines.length).toBe(Object.keys(entries).length - 1);
    for (const line of lines) {
      const [sha256, path] = line.split("  ");
      expect(sha256Hex(entries[path ?? ""] as Uint8Array)).toBe(sha256);
    }
  });

  it("carries a data package whose files and record schemas are all inside the zip", () => {
    const descriptor = JSON.parse(strFromU8(entries["datapackage.json"] as Uint8Array));
    expect(descriptor.version).toBe("1.1.0");
    for (const resource of descriptor.resources) {
      expect(resource.hash).toBe(`sha256:${sha256Hex(entries[resource.path] as Uint8Array)}`);
      if (resource.jsonSchema) expect(entries[resource.jsonSchema.items.$ref]).toBeDefined();
    }
  });

  it("says in its README what the data version is and that the data is not official", () => {
    const readme = strFromU8(entries["README.md"] as Uint8Array);
    expect(readme).toContain("# KSST Terbuka: all data files, version 1.1.0");
    expect(readme).toContain("not official government data");
    expect(readme).toContain("[data set], version 1.1.0. /en/data/");
    expect(readme).toMatch(/\| `activities\.xlsx` \| KSST activities: Excel workbook/);
  });
});
