import { describe, expect, it } from "vitest";
import { domElementCount } from "../../../src/lib/budget/domElementCount.ts";
import { staticImports } from "../../../src/lib/budget/staticImports.ts";

describe("staticImports", () => {
  it("follows static imports and re-exports, resolved against the module, but not dynamic import()", () => {
    const code =
      'import{a as e}from"./chunk.AB12.js";import"./side.js";export{b}from"../lib/x.js";' +
      'const w=await import("./universal.js");import("/pagefind/pagefind.js");import x from "https://cdn.example/y.js";';
    expect(staticImports(code, "/_astro/page.js")).toEqual([
      "/_astro/chunk.AB12.js",
      "/_astro/side.js",
      "/lib/x.js",
    ]);
  });
});

describe("domElementCount", () => {
  it("counts start tags, SVG included, not inside comments, scripts or styles", () => {
    const html =
      '<!doctype html><html><head><style>a<b{}</style><script>if(a<b)x("<p>")</script></head>' +
      "<body><!-- <div> --><p>One <a href=x>two</a></p><svg><path d='M0'/></svg></body></html>";
    expect(domElementCount(html)).toBe(9);
  });
});
