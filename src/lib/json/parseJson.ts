import { type Node, type ParseError, parseTree, printParseErrorCode } from "jsonc-parser";
import { isExactNumber } from "./exactNumber.ts";
import { jsonDepthExcess } from "./jsonDepth.ts";

/** JSON nests at most this many levels (the project's records nest five or six). */
export const maxJsonDepth = 64;

/** Something wrong in a JSON text, with where it is (1-based line and column, JSON pointer). */
export interface JsonProblem {
  code: "invalid-json" | "json-too-deep" | "duplicate-json-key" | "inexact-number";
  line: number;
  column: number;
  /** JSON pointer from the document's root, for problems inside a value. */
  pointer?: string;
  /** The text as written: the key, or the number. */
  value?: string;
  params: Record<string, string | number>;
}

/** A parsed JSON text, its problems, and where each element of a top-level array starts. */
export interface ParsedJson {
  /** The value (`undefined` when the text is not JSON or nests too deep); for a repeated key, the last one. */
  value: unknown;
  problems: JsonProblem[];
  /** 1-based line of each element of a top-level array. */
  elementLines: number[];
}

const options = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/**
 * Parses JSON strictly (no comments, no trailing commas) and says where anything is wrong: a syntax
 * error at its line and column (never quoting the text around it), nesting deeper than
 * `maxJsonDepth` (checked first, so deep files cannot exhaust the stack), a key repeated in one
 * object, and a number that a double cannot hold exactly (`9007199254740993`, `1e400`). Syntax and
 * depth problems leave no value; the others are reported beside it. A text without any problem is read
 * by the engine's own `JSON.parse` (`withJsonParse`, many times faster), anything else by jsonc-parser;
 * `fast: false` always takes the second path (tests compare the two).
 */
export function parseJson(text: string, maxDepth = maxJsonDepth, fast = true): ParsedJson {
  const at = positions(text);
  const deep = jsonDepthExcess(text, maxDepth);
  if (deep) {
    const problem: JsonProblem = {
      code: "json-too-deep",
      ...at(deep.offset),
      params: { limit: maxDepth },
    };
    return { value: undefined, problems: [problem], elementLines: [] };
  }
  const parsed = fast ? withJsonParse(text, at) : undefined;
  if (parsed) return parsed;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, options);
  const first = errors[0];
  if (first || !root) {
    const offset = first?.offset ?? 0;
    const problem: JsonProblem = {
      code: "invalid-json",
      ...at(offset),
      params: { error: first ? printParseErrorCode(first.error) : "ValueExpected" },
    };
    return { value: undefined, problems: [problem], elementLines: [] };
  }
  const problems: JsonProblem[] = [];
  const value = build(root, "", text, at, problems);
  const elementLines =
    root.type === "array" ? (root.children ?? []).map((child) => at(child.offset).line) : [];
  return { value, problems, elementLines };
}

type At = (offset: number) => { line: number; column: number };

/**
 * Reads a text with `JSON.parse` when that gives exactly what jsonc-parser's path would, with no
 * problem: it parses (else a syntax error is to be located), no key is repeated (the members written,
 * counted by a scan that skips strings, are all in the value), and every number is exact. Otherwise
 * `undefined`, and the caller takes the slow path, which finds and locates the problems.
 */
function withJsonParse(text: string, at: At): ParsedJson | undefined {
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

function build(node: Node, pointer: string, text: string, at: At, problems: JsonProblem[]): unknown {
  switch (node.type) {
    case "object": {
      const object: Record<string, unknown> = {};
      const seen = new Map<string, number>();
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || !valueNode) continue;
        const key = String(keyNode.value);
        const child = `${pointer}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`;
        const firstOffset = seen.get(key);
        if (firstOffset !== undefined)
          problems.push({
            code: "duplicate-json-key",
            ...at(keyNode.offset),
            pointer: child,
            value: key,
            params: { firstLine: at(firstOffset).line },
          });
        else seen.set(key, keyNode.offset);
        // Defined as an own property even for "__proto__", as JSON.parse does.
        Object.defineProperty(object, key, {
          value: build(valueNode, child, text, at, problems),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return object;
    }
    case "array":
      return (node.children ?? []).map((child, index) =>
        build(child, `${pointer}/${index}`, text, at, problems),
      );
    case "number": {
      const written = text.slice(node.offset, node.offset + node.length);
      const value = node.value as number;
      if (!isExactNumber(written, value))
        problems.push({
          code: "inexact-number",
          ...at(node.offset),
          pointer,
          value: written,
          params: { readAs: String(value) },
        });
      return value;
    }
    default:
      return node.value;
  }
}

/** Returns a function from an offset in the text to its 1-based line and column. */
function positions(text: string): At {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
}
