import { describe, expect, it } from "vitest";
import { escapeXml } from "../../../src/lib/text/escapeXml.ts";

describe("escapeXml", () => {
  it.each([
    ["a & b", "a &amp; b"],
    ["<tag attr='1'>", "&lt;tag attr=&apos;1&apos;&gt;"],
    ['"quoted"', "&quot;quoted&quot;"],
    ["bell\u0007 shown", "bell\u2407 shown"],
    ["lone \ud800 surrogate", "lone \ufffd surrogate"],
    ["Bahasa Indonesia — ✓", "Bahasa Indonesia — ✓"],
  ])("escapes %j", (text, expected) => {
    expect(escapeXml(text)).toBe(expected);
  });
});
