import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../../../src/node/validateDataDir.ts";
import { hostileDataDir, hostileFiles } from "../../helpers/hostileData.ts";

describe("the hostile fixture (test/fixtures/hostile)", () => {
  it("is exactly what the seeded generator makes (run npm run fixture:hostile after changing it)", () => {
    const expected = hostileFiles();
    expect(readdirSync(hostileDataDir).sort()).toEqual(Object.keys(expected).sort());
    for (const [file, text] of Object.entries(expected))
      expect(readFileSync(join(hostileDataDir, file), "utf8"), file).toBe(text);
  });

  it("gives the same files for the same seed, and other files for another", () => {
    expect(hostileFiles(8)).toEqual(hostileFiles(8));
    expect(hostileFiles(9)["sources.csv"]).not.toBe(hostileFiles(8)["sources.csv"]);
  });

  it("passes validation, with the warnings its hostile text deserves", async () => {
    const result = await validateDataDir(hostileDataDir, "schemas");
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    const codes = new Set(result.issues.map((i) => i.code));
    for (const code of ["invisible-in-text", "mojibake", "formula-injection"]) expect(codes).toContain(code);
    expect(result.catalog.synthetic).toBe(true);
  });
});
