/** Serialises a chart rendered by Plot as SVG markup, marking it as one image for assistive technology. */
export function toSvgString(node: Element, ariaLabel: string): string {
  node.setAttribute("role", "img");
  node.setAttribute("aria-label", ariaLabel);
  return node.outerHTML;
}
