import type { Page } from "playwright-core";

/**
 * Finds right-to-left text from the data that can reorder the page's own text around it. Every text
 * node's right-to-left part (a right-to-left override U+202B/U+202E, or right-to-left letters: Hebrew,
 * Arabic, Syriac, Thaana, N'Ko…) outside an isolate it opens and closes itself (U+2066–U+2068 … U+2069,
 * what `isolateBidi` writes) must sit alone in the nearest box the browser lays out on its own for
 * direction: an element whose computed `unicode-bidi` isolates (a `dir` attribute, `<bdi>`,
 * `unicode-bidi: isolate`), a block (its own paragraph) or an SVG text chunk (`x`/`y`). Otherwise the
 * neutral characters around it (the comma between two names, a bracket, a colon) take its direction
 * and the sentence reads out of order; an override in the middle of a text node means a value was
 * glued to other text without an isolate. Returns one line per finding, with the text and its box.
 */
export async function unisolatedBidi(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const rightToLeft = /[\u202b\u202e\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
    const isolating = new Set(["isolate", "isolate-override", "plaintext"]);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      const parent = node.parentElement;
      if (!parent || !rightToLeft.test(text)) continue;
      if (parent.closest("script, style, template, noscript, title, desc")) continue;
      // What the text holds outside the isolates it opens and closes itself.
      let outside = "";
      let depth = 0;
      for (const c of text) {
        if (c >= "\u2066" && c <= "\u2068") depth += 1;
        else if (c === "\u2069" && depth > 0) depth -= 1;
        else if (depth === 0) outside += c;
      }
      if (!rightToLeft.test(outside)) continue;
      const override = outside.search(/[\u202b\u202e]/);
      if (override >= 0 && outside.slice(0, override).trim() !== "")
        out.push(`a direction override in the middle of a text: ${JSON.stringify(text.slice(0, 80))}`);
      let box: Element | null = parent;
      while (box) {
        const style = getComputedStyle(box);
        const chunk =
          box instanceof SVGTextContentElement && (box.hasAttribute("x") || box.hasAttribute("y"));
        const inline = style.display.startsWith("inline") || style.display === "contents";
        if (isolating.has(style.unicodeBidi) || chunk || (!inline && !(box instanceof SVGElement))) break;
        box = box.parentElement;
      }
      const whole = (box?.textContent ?? "").trim();
      if (whole !== text.trim())
        out.push(
          `right-to-left text beside other text in one <${box?.localName}>: ${JSON.stringify(text.trim().slice(0, 60))} in ${JSON.stringify(whole.slice(0, 100))}`,
        );
    }
    return out;
  });
}
