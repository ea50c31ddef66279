import { readFileSync } from "node:fs";

const scripts = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    scripts: Record<string, string>;
  }
).scripts;
const [node, ...words] = (scripts.validate ?? "").split(" ");
if (node !== "node" || words.at(-1) !== "scripts/validate.ts")
  throw new Error(
    `package.json's validate script is not "node [options] scripts/validate.ts": ${scripts.validate}`,
  );

/**
 * The Node options `npm run validate` runs `scripts/validate.ts` with (read from package.json: Node's
 * own type stripping, no loader), so that the tests run the CLI exactly as users do.
 */
export const validateNodeOptions: readonly string[] = words.slice(0, -1);
