const escapable = /[&<>'"]/g;
const entities: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "'": "&#39;",
  '"': "&quot;",
};

/**
 * Escapes a text for HTML character data exactly as Astro escapes an expression's text (`& < > ' "`,
 * its `escapeHTML`), so markup written as a string (src/site/html/) is byte for byte what an Astro
 * template writes for the same value.
 */
export function htmlText(text: string): string {
  escapable.lastIndex = 0;
  return escapable.test(text) ? text.replace(escapable, (c) => entities[c] ?? c) : text;
}
