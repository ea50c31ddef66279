/**
 * Writes an attribute exactly as Astro writes `name={value}` for an ordinary attribute: nothing for
 * `undefined` or `null`, the bare name for an empty string, else ` name="value"` with `&` and `"`
 * escaped (Astro's `addAttribute`). The name is markup: pass only fixed names.
 */
export function htmlAttr(name: string, value: string | number | null | undefined): string {
  if (value === undefined || value === null) return "";
  const text = String(value);
  if (text === "") return ` ${name}`;
  return ` ${name}="${text.includes("&") || text.includes('"') ? text.replaceAll("&", "&amp;").replaceAll('"', "&quot;") : text}"`;
}
