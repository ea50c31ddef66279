// Openers and closers of the Unicode bidirectional algorithm's embeddings, overrides and isolates.
const embeddings = new Set([0x202a, 0x202b, 0x202d, 0x202e]); // LRE, RLE, LRO, RLO: closed by PDF
const isolates = new Set([0x2066, 0x2067, 0x2068]); // LRI, RLI, FSI: closed by PDI
const pdf = 0x202c;
const pdi = 0x2069;
const hasBidiControl = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Closes the direction embeddings, overrides and isolates a text opens and leaves open (U+202E
 * RIGHT-TO-LEFT OVERRIDE without its U+202C), by appending the closing characters in order, so the
 * text can never reverse what a page, a title or a cell shows after it. A text without direction
 * controls, or with every one closed, is returned as it is.
 */
export function closeBidi(text: string): string {
  if (!hasBidiControl.test(text)) return text;
  // The stack of what is open: an isolate's closer also closes the embeddings opened inside it.
  const open: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (embeddings.has(code) || isolates.has(code)) open.push(code);
    else if (code === pdf) {
      if (open.length > 0 && embeddings.has(open[open.length - 1] ?? 0)) open.pop();
    } else if (code === pdi) {
      const at = open.findLastIndex((c) => isolates.has(c));
      if (at >= 0) open.length = at;
    }
  }
  let closers = "";
  for (let i = open.length - 1; i >= 0; i -= 1) closers += isolates.has(open[i] ?? 0) ? "\u2069" : "\u202c";
  return text + closers;
}

/** Closes the direction controls of every text inside a value (see `closeBidi`), returning a copy only where one changed. */
export function closeBidiDeep<T>(value: T): T {
  if (typeof value === "string") return closeBidi(value) as T;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item) => {
      const closed = closeBidiDeep(item);
      if (closed !== item) changed = true;
      return closed;
    });
    return (changed ? out : value) as T;
  }
  if (typeof value === "object" && value !== null) {
    let changed = false;
    const entries = Object.entries(value).map(([key, item]) => {
      const closed = closeBidiDeep(item);
      if (closed !== item) changed = true;
      return [key, closed] as const;
    });
    // fromEntries keeps a key such as "__proto__" as data, as the JSON reader does.
    return (changed ? Object.fromEntries(entries) : value) as T;
  }
  return value;
}
