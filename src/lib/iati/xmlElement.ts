import { escapeXml } from "../text/escapeXml.ts";

/** Attribute values of an element; undefined ones are left out. */
export type XmlAttributes = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * Writes one XML element: its attributes (escaped, undefined ones left out) and either child
 * markup already written (`children`, one per line) or text content (escaped); empty when neither.
 */
export function xmlElement(
  name: string,
  attributes: XmlAttributes = {},
  content: { children: readonly string[] } | { text: string } | undefined = undefined,
): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(
      ([key, value]) =>
        ` ${key}="${escapeXml(typeof value === "boolean" ? (value ? "1" : "0") : String(value))}"`,
    )
    .join("");
  if (content === undefined || ("children" in content && content.children.length === 0))
    return `<${name}${attrs}/>`;
  if ("text" in content) return `<${name}${attrs}>${escapeXml(content.text)}</${name}>`;
  return `<${name}${attrs}>\n${content.children.map((child) => indent(child)).join("\n")}\n</${name}>`;
}

/** Indents every line of written markup by two spaces. */
function indent(markup: string): string {
  return markup
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}
