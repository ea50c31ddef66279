import { closeBidi } from "../text/closeBidi.ts";
import { printableText } from "../text/printableText.ts";

/** A text node's value as `xmlMarkup` writes it (but for `closeBidi`, which it applies first). */
export const xmlText = (value: string) =>
  printableText(value)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll("\u00a0", "&#160;");
// In an attribute a line break or tab would be read back as a space, and a quote would end it.
/** An attribute's value as `xmlMarkup` writes it between double quotes. */
export const xmlAttribute = (value: string) =>
  xmlText(value)
    .replaceAll('"', "&quot;")
    .replaceAll("\t", "&#9;")
    .replaceAll("\n", "&#10;")
    .replaceAll("\r", "&#13;");

/**
 * Serialises a server-side DOM element (linkedom) as XML, which an HTML parser reads the same way
 * inline: every text and attribute value escaped for XML (`&`, `<`, `>`, quotes, line breaks in
 * attributes), characters XML cannot hold made visible (see `printableText`), direction overrides
 * closed in the text node that opens them (see `closeBidi`), empty elements closed
 * with `/>`, comments dropped. linkedom's `outerHTML` writes HTML instead: attribute values with a
 * raw `&` or `<`, which an XML reader (resvg, an SVG download) rejects and an HTML reader decodes.
 */
export function xmlMarkup(node: Element): string {
  let out = `<${node.localName}`;
  for (const { name, value } of Array.from(node.attributes)) out += ` ${name}="${xmlAttribute(value)}"`;
  const children = Array.from(node.childNodes);
  if (children.length === 0) return `${out} />`;
  out += ">";
  for (const child of children) {
    if (child.nodeType === 1) out += xmlMarkup(child as Element);
    // A label wrapped over lines (tspans) may open a direction override on one line and close it on
    // another: each piece of text closes what it opens, so no override reverses the next.
    else if (child.nodeType === 3 || child.nodeType === 4) out += xmlText(closeBidi(child.nodeValue ?? ""));
  }
  return `${out}</${node.localName}>`;
}
