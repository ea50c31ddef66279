import { describe, expect, it } from "vitest";
import { closeBidiDeep } from "../../../src/lib/text/closeBidi.ts";
import { folderIO } from "../../../src/node/folderIO.ts";
import { validateDataDir } from "../../../src/node/validateDataDir.ts";
import { apiCollections } from "../../../src/site/apiFiles.ts";
import { siteData } from "../../../src/site/siteData.ts";
import { hostileDataDir } from "../../helpers/hostileData.ts";

// The hostile fixture's texts include U+202E RIGHT-TO-LEFT OVERRIDE left open.
const rlo = "\u202e";
const leftOpen = (value: unknown) =>
  JSON.stringify(value).includes(rlo) && !JSON.stringify(value).includes("\\u202c");

describe("what the pages show and what the site publishes as data", () => {
  it("closes direction overrides on the pages only: downloads and the API keep the text as written", async () => {
    const result = await validateDataDir(hostileDataDir, "schemas");
    const data = await siteData(result, folderIO(hostileDataDir), new Date("2026-12-01T00:00:00Z"), {
      version: "1.0.0",
      shown: closeBidiDeep,
    });
    const organisations = data.siteDatasets.get("organisations");
    if (!organisations) throw new Error("no organisations dataset");
    const raw = organisations.published.records.find((r) =>
      Object.values(r).some((v) => String(v).includes(rlo)),
    );
    expect(raw).toBeDefined();
    const shown = organisations.records[organisations.published.records.indexOf(raw ?? {})];
    // Shown: every override closed; published as written (the record object is the validated one).
    expect(JSON.stringify(shown)).toContain("\u202c");
    expect(closeBidiDeep(shown)).toBe(shown);
    expect(raw).toBe(
      (result.datasets as unknown as Record<string, unknown[]>).organisations?.[
        organisations.published.records.indexOf(raw ?? {})
      ],
    );
    const csv = new TextDecoder().decode(
      await organisations.downloads.find((d) => d.format === "csv")?.read(),
    );
    expect(csv).toContain(rlo);
    expect(csv).not.toContain("\u202c");
    const api = apiCollections(data).find((c) => c.name === "organisations");
    expect(api?.records.map((r) => r.record)).toEqual(organisations.published.records);
    expect(leftOpen(api?.records.map((r) => r.record))).toBe(true);
  });
});
