/**
 * Returns the 1-based line on which each element of a top-level JSON array starts, so issues in a
 * JSON dataset can point at a line as well as a record number. Assumes the text is valid JSON.
 */
export function jsonRecordLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === "\n") line += 1;
    if (inString) {
      if (c === "\\") i += 1;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r" || c === "\n") continue;
    if (depth === 1 && expectValue && c !== "]") {
      lines.push(line);
      expectValue = false;
    }
    if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      depth += 1;
      if (depth === 1 && c === "[") expectValue = true;
    } else if (c === "]" || c === "}") depth -= 1;
    else if (c === "," && depth === 1) expectValue = true;
  }
  return lines;
}
