import { maxJsonDepth } from "./jsonDepth.ts";
import type { ParsedJson } from "./parseJson.ts";
import { parseJsonFast } from "./parseJsonFast.ts";

/**
 * Parses a JSON text as `parseJson` does (same value, problems and lines), loading jsonc-parser (about
 * 25 ms of start-up) only for a text that `JSON.parse` cannot read without a problem.
 */
export async function readJsonText(text: string): Promise<ParsedJson> {
  return (
    parseJsonFast(text, maxJsonDepth) ?? (await import("./parseJson.ts")).parseJson(text, maxJsonDepth, false)
  );
}
