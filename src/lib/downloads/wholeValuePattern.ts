/** Tells whether a regular expression has an alternation `|` outside every group and character class. */
function hasTopLevelAlternation(pattern: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "\\") i++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (char === "|" && depth === 0) return true;
  }
  return false;
}

/**
 * Rewrites a JSON Schema `pattern` (ECMAScript, matched anywhere in the value unless anchored) as a
 * Table Schema `pattern`, which frictionless and XML Schema match against the whole value (as if
 * wrapped in `^…$`). A leading `^` and a trailing unescaped `$` are dropped; an unanchored start or
 * end is opened with `[\s\S]*`, so `^https?://` becomes `https?://[\s\S]*`. Both readings accept
 * exactly the same values.
 */
export function wholeValuePattern(pattern: string): string {
  // With a top-level alternation the anchors belong to single branches: keep them and open both ends.
  if (hasTopLevelAlternation(pattern)) return `[\\s\\S]*(?:${pattern})[\\s\\S]*`;
  let body = pattern;
  const anchoredStart = body.startsWith("^");
  if (anchoredStart) body = body.slice(1);
  // A `$` ends the pattern only when the backslashes before it are even (`\$` is a literal dollar).
  const trailing = /(\\*)\$$/.exec(body);
  const anchoredEnd = trailing !== null && (trailing[1]?.length ?? 0) % 2 === 0;
  if (anchoredEnd) body = body.slice(0, -1);
  return `${anchoredStart ? "" : "[\\s\\S]*"}${body}${anchoredEnd ? "" : "[\\s\\S]*"}`;
}
