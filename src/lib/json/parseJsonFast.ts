import { isExactNumber } from "./exactNumber.ts";
import { jsonDepthExcess } from "./jsonDepth.ts";
import { positions } from "./jsonPositions.ts";
import type { ParsedJson } from "./parseJson.ts";

/**
 * Reads a JSON text with `JSON.parse` when that gives exactly what `parseJson`'s jsonc-parser path would,
 * with no problem: it nests at most `maxDepth` levels, it parses (else a syntax error is to be located),
 * no key is repeated (the members written, counted by a scan that skips strings, are all in the value),
 * and every number is exact. Otherwise `undefined`, and the caller takes the slow path, which finds and
 * locates the problems.
 */
export function parseJsonFast(text: string, maxDepth: number): ParsedJson | undefined {
  // Too deep for the engine's parser to be asked (a stack overflow), and a problem to locate.
  if (jsonDepthExcess(text, maxDepth)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  let members = 0;
  let depth = 0;
  // Where each element of a top-level array starts: after its `[` or a `,` at depth 1.
  const starts: number[] = [];
  let expectElement = false;
  const rootArray = Array.isArray(value);
  const length = text.length;
  for (let i = 0; i < length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) continue;
    if (expectElement && code !== 0x5d) starts.push(i);
    expectElement = false;
    if (code === 0x22) {
      // A string: on to its closing quote, past escapes.
      for (i += 1; i < length; i += 1) {
        const inner = text.charCodeAt(i);
        if (inner === 0x5c) i += 1;
        else if (inner === 0x22) break;
      }
    } else if (code === 0x3a) members += 1;
    else if (code === 0x7b || code === 0x5b) {
      depth += 1;
      if (rootArray && depth === 1) expectElement = true;
    } else if (code === 0x7d || code === 0x5d) depth -= 1;
    else if (code === 0x2c) {
      if (rootArray && depth === 1) expectElement = true;
    } else if (code === 0x2d || (code >= 0x30 && code <= 0x39)) {
      let end = i + 1;
      while (end < length && isNumberCode(text.charCodeAt(end))) end += 1;
      if (!isExactNumber(text.slice(i, end))) return undefined;
      i = end - 1;
    }
  }
  if (countMembers(value) !== members) return undefined;
  if (starts.length === 0) return { value, problems: [], elementLines: [] };
  const at = positions(text);
  return { value, problems: [], elementLines: starts.map((offset) => at(offset).line) };
}

/** Digits, signs, `.`, `e` and `E`: the characters a JSON number goes on with. */
function isNumberCode(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2e ||
    code === 0x2b ||
    code === 0x2d ||
    code === 0x65 ||
    code === 0x45
  );
}

/** The object members in a parsed value, at every depth (a repeated key leaves fewer than were written). */
function countMembers(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value) count += countMembers(item);
    return count;
  }
  for (const key of Object.keys(value)) count += 1 + countMembers((value as Record<string, unknown>)[key]);
  return count;
}
