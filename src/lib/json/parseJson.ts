import { type Node, type ParseError, parseTree, printParseErrorCode } from "jsonc-parser";
import { isExactNumber } from "./exactNumber.ts";
import { jsonDepthExcess, maxJsonDepth } from "./jsonDepth.ts";
import { type At, positions } from "./jsonPositions.ts";
import { parseJsonFast } from "./parseJsonFast.ts";

export { maxJsonDepth } from "./jsonDepth.ts";

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
  const quick = fast ? parseJsonFast(text, maxDepth) : undefined;
  if (quick) return quick;
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
