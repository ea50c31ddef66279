import type { RenderFunction } from "@observablehq/plot";

/** What one drawn element shows: the table row and column it draws, and the raw value. */
export interface MarkDatum {
  row: string;
  col: string;
  value: number | undefined;
  /** A short description for the tooltip (`title`), in the page's language. */
  tip?: string;
}

/**
 * Returns a Plot render transform that tags each element a mark draws with the table cell it shows
 * (`data-row`, `data-col`, `data-value`) and a `<title>` tooltip, so that the SVG, the table and the
 * CSV can be checked against each other and enhanced by script. `data` is the mark's data; `tag`
 * tells what each datum shows (`undefined`: the element is left untagged).
 */
export function tagMarks<T>(data: readonly T[], tag: (datum: T) => MarkDatum | undefined): RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const group = next?.(index, scales, values, dimensions, context) ?? null;
    if (!group) return group;
    const elements = Array.from(group.children).filter((el) => el.tagName.toLowerCase() !== "title");
    index.forEach((i, k) => {
      const element = elements[k];
      const item = data[i];
      const datum = item === undefined ? undefined : tag(item);
      if (!element || !datum) return;
      element.setAttribute("data-row", datum.row);
      element.setAttribute("data-col", datum.col);
      if (datum.value !== undefined) element.setAttribute("data-value", String(datum.value));
      if (datum.tip) {
        const title = element.ownerDocument.createElementNS("http://www.w3.org/2000/svg", "title");
        title.textContent = datum.tip;
        element.append(title);
      }
    });
    return group;
  };
}
