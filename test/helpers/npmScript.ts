import { readFileSync } from "node:fs";

const scripts = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    scripts: Record<string, string>;
  }
).scripts;

/**
 * The Node options package.json's script `name` runs `file` with, when the script is
 * "node [options] file" (it throws otherwise), so that the tests run a command exactly as users do.
 */
export function nodeOptionsOf(name: string, file: string): readonly string[] {
  const [node, ...words] = (scripts[name] ?? "").split(" ");
  if (node !== "node" || words.at(-1) !== file)
    throw new Error(`package.json's ${name} script is not "node [options] ${file}": ${scripts[name]}`);
  return words.slice(0, -1);
}
