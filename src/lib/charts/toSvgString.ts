import { linkMarks } from "./linkMarks.ts";
import { xmlMarkup } from "./xmlMarkup.ts";

/**
 * Serialises a chart rendered by Plot as SVG markup (XML, see `xmlMarkup`), marked as one image for assistive technology:
 * the SVG gets `role="img"` and the text alternative, and Plot's `aria-label`s on inner groups are
 * removed (they are not allowed on elements without a role, and the image is described as a whole).
 * With `hrefOf`, the marks of rows that have a page carry its address (see `linkMarks`).
 */
export function toSvgString(
  node: Element,
  ariaLabel: string,
  hrefOf?: (row: string) => string | undefined,
): string {
  for (const inner of Array.from(node.querySelectorAll("[aria-label], [aria-description]"))) {
    inner.removeAttribute("aria-label");
    inner.removeAttribute("aria-description");
  }
  if (hrefOf) linkMarks(node, hrefOf);
  node.setAttribute("role", "img");
  node.setAttribute("aria-label", ariaLabel);
  return xmlMarkup(node);
}
