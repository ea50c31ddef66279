import { describe, expect, it } from "vitest";
import { wholeValuePattern } from "../../../src/lib/downloads/wholeValuePattern.ts";

/** Table Schema's reading: the pattern must match the whole value. */
const whole = (pattern: string) => new RegExp(`^(?:${wholeValuePattern(pattern)})$`, "u");

describe.each([
  {
    pattern: "^https?://",
    yes: ["https://a.id/x?y=1", "http://b"],
    no: ["ftp://x", " https://x", "xhttps://"],
  },
  { pattern: "^[0-9]{2}\\.[0-9]{2}$", yes: ["35.10", "32.02"], no: ["35.1", "35.100", "3510"] },
  { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", yes: ["ksst-0001", "a"], no: ["-a", "a-", "A"] },
  { pattern: "[0-9]", yes: ["a1b", "1", "x\ny1"], no: ["abc", ""] },
  { pattern: "cost\\$", yes: ["a cost$ here", "cost$"], no: ["cost"] },
  { pattern: "end\\\\$", yes: ["the end\\"], no: ["the end\\ x"] },
  { pattern: "^a|b$", yes: ["axx", "xxb", "a", "b"], no: ["xax", "bxx"] },
  { pattern: "^(a|b)$", yes: ["a", "b"], no: ["ab", "ba"] },
])("wholeValuePattern($pattern)", ({ pattern, yes, no }) => {
  const search = new RegExp(pattern, "u");
  it("accepts as a whole value exactly what JSON Schema finds anywhere", () => {
    for (const value of [...yes, ...no]) expect(whole(pattern).test(value)).toBe(search.test(value));
    for (const value of yes) expect(whole(pattern).test(value)).toBe(true);
    for (const value of no) expect(whole(pattern).test(value)).toBe(false);
  });
});

describe("wholeValuePattern", () => {
  it("drops anchors that Table Schema implies and opens unanchored ends", () => {
    expect(wholeValuePattern("^[A-Z]{2}$")).toBe("[A-Z]{2}");
    expect(wholeValuePattern("^https?://")).toBe("https?://[\\s\\S]*");
  });
});
