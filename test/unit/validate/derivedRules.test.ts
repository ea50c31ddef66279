import { beforeAll, describe, expect, it } from "vitest";
import type { Reference } from "../../../src/lib/reference/referenceList.ts";
import { validateFolder } from "../../../src/lib/validate/validateFolder.ts";
import { loadReference } from "../../../src/node/loadReference.ts";
import { memoryIO } from "../../helpers/memoryIO.ts";
import { miniData, miniSchemas } from "../../helpers/miniSchemas.ts";

let reference: Reference;
beforeAll(async () => {
  reference = await loadReference();
});

/** Validates the mini data with one file replaced and returns the codes reported. */
async function codesFor(file: string, content: string): Promise<string[]> {
  const result = await validateFolder({
    dataIO: memoryIO({ ...miniData, [file]: content }),
    schemaIO: memoryIO(miniSchemas),
    reference,
    now: new Date("2025-06-30T00:00:00Z"),
  });
  return result.issues.map((i) => i.code);
}

const activities = (row: string) =>
  `id,type,modality,partner_orgs,participants_total,participants_parts,source_ids\na1,training,${row},s1\n`;

describe("modality-partner", () => {
  it.each([
    ["triangular with a development partner", "triangular,jica,,", false],
    ["south-south without one", "south-south,,,", false],
    ["triangular without a development partner", "triangular,,,", true],
    ["south-south with a development partner", "south-south,jica,,", true],
  ])("%s", async (_name, row, reported) => {
    expect((await codesFor("activities.csv", activities(row))).includes("modality-partner")).toBe(reported);
  });
});

describe("participants-parts-sum", () => {
  it.each([
    ["parts that add up", "south-south,,15,10;5", false],
    ["parts that do not", "south-south,,15,10;6", true],
    ["no parts", "south-south,,15,", false],
  ])("%s", async (_name, row, reported) => {
    expect((await codesFor("activities.csv", activities(row))).includes("participants-parts-sum")).toBe(
      reported,
    );
  });
});

describe("conflict-not-named-back", () => {
  const notes = (n1: string[], n2: string[] | undefined) =>
    JSON.stringify([
      { id: "n1", conflicts_with: n1, source_ids: ["s1"] },
      { id: "n2", ...(n2 ? { conflicts_with: n2 } : {}), source_ids: ["s1"] },
    ]);

  it.each([
    ["both name each other", notes(["n2"], ["n1"]), 0],
    ["the other names no conflict", notes(["n2"], undefined), 1],
    ["the other names a different one", notes(["n2"], ["n2x"]), 1],
  ])("%s", async (_name, content, count) => {
    const codes = await codesFor("notes.json", content);
    expect(codes.filter((c) => c === "conflict-not-named-back")).toHaveLength(count);
  });
});
