/**
 * Marks each drawn element tagged with a table row (`data-row`) with the address of that row's page
 * (`data-href`, from `hrefOf(row)`; rows without a page are left as they are). The chart stays one
 * image for assistive technology (links inside `role="img"` would be nested interactive content):
 * the chart script makes the marked shapes clickable, and the table beside the chart links the
 * same pages for the keyboard and for readers without JavaScript.
 */
export function linkMarks(node: Element, hrefOf: (row: string) => string | undefined): void {
  for (const element of Array.from(node.querySelectorAll("[data-row]"))) {
    const href = hrefOf(element.getAttribute("data-row") ?? "");
    if (href) element.setAttribute("data-href", href);
  }
}
