import { escapeHTML } from "astro/runtime/server/escape.js";
import { addAttribute } from "astro/runtime/server/render/util.js";
import { describe, expect, it } from "vitest";
import { htmlAttr } from "../../../src/lib/html/htmlAttr.ts";
import { htmlText } from "../../../src/lib/html/htmlText.ts";
import { hostileTexts } from "../../helpers/hostileData.ts";

// The markup functions of src/site/html/ write what Astro's templates write for the same values (the
// activity pages are written outside Astro with them: test/build/activityPages.test.ts compares whole
// pages); here, the escaping itself against Astro's own runtime, on every hostile text.

const texts = [
  ...hostileTexts,
  "",
  "plain",
  "a & b",
  '"quoted"',
  "it's",
  "<>",
  "&amp;",
  "é\u0301",
  "\u0007bell",
];

describe("htmlText", () => {
  it.each(texts)("escapes %j as Astro escapes a text expression", (text) => {
    expect(htmlText(text)).toBe(String(escapeHTML(text)));
  });
});

describe("htmlAttr", () => {
  it.each(texts)("writes %j as Astro writes an ordinary attribute", (text) => {
    expect(htmlAttr("title", text)).toBe(String(addAttribute(text, "title")));
  });

  it("writes nothing for an absent value and the number as text", () => {
    expect(htmlAttr("lang", undefined)).toBe(String(addAttribute(undefined, "lang")));
    expect(htmlAttr("lang", null)).toBe("");
    expect(htmlAttr("data-pagefind-weight", 7)).toBe(String(addAttribute(7, "data-pagefind-weight")));
    expect(htmlAttr("data-pagefind-weight", 0)).toBe(String(addAttribute(0, "data-pagefind-weight")));
  });
});
