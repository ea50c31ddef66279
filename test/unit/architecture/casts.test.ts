// `as unknown as` tells the checker to believe anything: each one left in the code is listed here with
// the reason it stays (docs/structure.md), so that a new one fails this test until its data is given
// its real type (a type guard, a generic, a typed import) or it is added here with a reason.
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { codeFiles, repositoryRoot as root } from "../../helpers/codeFiles.ts";

/** The casts allowed to stay, per file, each with why (see docs/structure.md). */
const allowed: Readonly<Record<string, { count: number; reason: string }>> = {
  "src/site/charts/chartDefinition.ts": {
    count: 1,
    reason: "the chart registry lists charts of any row type; each chart's rows only meet its own code",
  },
  "src/site/explorer/explorerDefinition.ts": {
    count: 1,
    reason:
      "the explorer registry lists explorers of any record type; each one's records only meet its own columns",
  },
  "src/site/serverDocument.ts": {
    count: 1,
    reason: "linkedom's document is a DOM Document for Plot but is typed as linkedom's own class",
  },
  "src/site/charts/worldOutlines.ts": {
    count: 1,
    reason: "world-atlas's JSON imports as its literal shape, not as the TopoJSON Topology it is",
  },
};

/** How many times each file casts through `unknown`. */
function castCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const file of codeFiles("src", "scripts", "bench")) {
    const found = readFileSync(file, "utf8").match(/\bas\s+unknown\s+as\b/g)?.length ?? 0;
    if (found > 0) counts[relative(root, file)] = found;
  }
  return counts;
}

describe("casts through unknown", () => {
  it("are only the ones listed with their reason, no more", () => {
    const expected = Object.fromEntries(Object.entries(allowed).map(([file, { count }]) => [file, count]));
    expect(castCounts()).toEqual(expected);
  });

  it("finds a cast written across lines", () => {
    expect("x as\n  unknown as T".match(/\bas\s+unknown\s+as\b/g)).toHaveLength(1);
  });
});
