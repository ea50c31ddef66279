import { printableText } from "./printableText.ts";

/** Escapes a text for XML character data and attribute values (`& < > " '`), after `printableText`. */
export function escapeXml(text: string): string {
  return printableText(text)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}
