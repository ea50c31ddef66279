/** JSON nests at most this many levels (the project's records nest five or six). */
export const maxJsonDepth = 64;

/** Where a JSON text first nests deeper than allowed. */
export interface DepthExcess {
  /** Offset of the opening bracket past the limit. */
  offset: number;
  depth: number;
}

/**
 * Scans a JSON text once, without recursion, for the first `[` or `{` that opens a level deeper than
 * `maxDepth` (outside strings), so a file of 100,000 nested brackets is reported before a parser
 * recurses into it. Returns `undefined` when the text stays within the limit.
 */
export function jsonDepthExcess(text: string, maxDepth: number): DepthExcess | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i += 1; // backslash: skip the escaped character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth += 1;
      if (depth > maxDepth) return { offset: i, depth };
    } else if ((c === 93 || c === 125) && depth > 0) depth -= 1;
  }
  return undefined;
}
