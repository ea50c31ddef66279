import { readFileSync } from "node:fs";

const scripts = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    scripts: Record<string, string>;
  }
).scripts;
const [node, ...words] = (scripts.build ?? "").split(" ");
if (node !== "node" || words.at(-1) !== "scripts/build.ts")
  throw new Error(`package.json's build script is not "node [options] scripts/build.ts": ${scripts.build}`);

/**
 * The Node options `npm run build` runs `scripts/build.ts` with (read from package.json: one process,
 * tsx as a loader, `--expose-gc`), so that the tests run the build script as users do.
 */
export const buildNodeOptions: readonly string[] = words.slice(0, -1);
