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

describe("formula-injection", () => {
  it.each([
    ["=1+2", "="],
    ["\t=1+2", "\t"],
    ["\r=1+2", "\r"],
    [" =1+2", "="],
    ["＝1+2", "＝"],
    ["－2+3", "－"],
    ["@SUM(A1)", "@"],
  ])("flags %j as a warning, naming %j", async (title, first) => {
    const cell = `"${title.replaceAll('"', '""')}"`;
    const result = await validateFolder({
      dataIO: memoryIO({ ...miniData, "sources.csv": `id,title\ns1,${cell}\ns2,B\n` }),
      schemaIO: memoryIO(miniSchemas),
      reference,
    });
    expect(result.valid).toBe(true);
    expect(result.issues.filter((i) => i.code === "formula-injection")).toEqual([
      expect.objectContaining({ severity: "warning", row: 2, column: "title", params: { first } }),
    ]);
  });
});
