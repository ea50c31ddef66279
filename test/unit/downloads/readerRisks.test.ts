import { readFileSync, writeFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { CsvColumn } from "../../../src/lib/downloads/csvColumn.ts";
import { readerRisks } from "../../../src/lib/downloads/readerRisks.ts";
import { folderIO } from "../../../src/node/folderIO.ts";
import { validateDataDir } from "../../../src/node/validateDataDir.ts";
import { type SiteData, siteData } from "../../../src/site/siteData.ts";

const column = (name: string, schema: CsvColumn["schema"]): CsvColumn => ({
  name,
  schema,
  property: schema,
  required: false,
  read: (r) => r[name],
});

describe("readerRisks", () => {
  it.each([
    { schema: { type: "string", pattern: "^[0-9]{2}\\.[0-9]{2}$" }, risks: ["number"] },
    { schema: { type: "string", pattern: "^[A-Z]{2}$" }, risks: ["missing"] },
    { schema: { type: "array", items: { type: "string", pattern: "^[0-9]{5}$" } }, risks: ["number"] },
    { schema: { type: "string", pattern: "^[A-Z]{3}$" }, risks: [] },
    { schema: { type: "string", enum: ["yes", "None"] }, risks: ["missing"] },
    { schema: { type: "string", pattern: "^https?://" }, risks: [] },
    { schema: { type: "integer" }, risks: [] },
  ])("flags $schema as $risks", ({ schema, risks }) => {
    const found = readerRisks([column("c", schema)], new Map());
    expect(found.flatMap((f) => f.risks)).toEqual(risks);
  });
});

// docs/standards.md lists the columns at risk in the live schemas; the list is generated from them.
const docsPath = "docs/standards.md";
let data: SiteData;
beforeAll(async () => {
  data = await siteData(await validateDataDir("data", "schemas"), folderIO("data"), new Date(0), {
    version: "x",
  });
}, 60_000);

describe("docs/standards.md", () => {
  it("names every column a default reader would change", () => {
    const lines = [...data.siteDatasets.values()].flatMap((d) => {
      const risks = readerRisks(d.columns, data.registry, d.entry.schema);
      return risks.length === 0
        ? []
        : [
            `- \`${d.entry.name}.csv\`: ${risks.map((r) => `\`${r.column}\` (${r.risks.join(", ")})`).join(", ")}`,
          ];
    });
    const block = `<!-- reader-risks:start -->\n${lines.join("\n")}\n<!-- reader-risks:end -->`;
    const docs = readFileSync(docsPath, "utf8");
    const current = /<!-- reader-risks:start -->[\s\S]*?<!-- reader-risks:end -->/.exec(docs)?.[0];
    if (process.env.UPDATE_DOCS === "1") writeFileSync(docsPath, docs.replace(current ?? "", block));
    else expect(current).toBe(block);
  });
});
