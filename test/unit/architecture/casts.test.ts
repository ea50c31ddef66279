// `as unknown as` tells the checker to believe anything: each one left in the code is listed here with
// the reason it stays (docs/structure.md), so that a new one fails this test until its data is given
// its real type (a type guard, a generic, a typed import) or it is added here with a reason.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(new URL(import.meta.url).pathname), "../../..");

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

/** Every TypeScript, Astro and module file under the folders the project's code lives in. */
function codeFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|astro|mjs)$/.test(entry.name)) files.push(path);
    }
  };
  for (const folder of ["src", "scripts", "bench"]) walk(join(root, folder));
  return files;
}

/** How many times each file casts through `unknown`. */
function castCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const file of codeFiles()) {
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
