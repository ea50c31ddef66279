import { describe, expect, it } from "vitest";
import { citationBibtex, citationText } from "../../../src/lib/releases/citation.ts";

const input = {
  publisher: "KSST Terbuka",
  title: "Data KSST dan Komitmen OGP Indonesia",
  version: "1.1.0",
  date: "2026-11-28",
  url: "https://example.org/id/releases/1.1.0/",
};

describe("citationText", () => {
  it.each([
    [
      "id",
      "KSST Terbuka (2026). Data KSST dan Komitmen OGP Indonesia (Versi 1.1.0) [Set data]. Dirilis 28 November 2026. https://example.org/id/releases/1.1.0/",
    ],
    [
      "en",
      "KSST Terbuka (2026). Data KSST dan Komitmen OGP Indonesia (Version 1.1.0) [Data set]. Released 28 November 2026. https://example.org/id/releases/1.1.0/",
    ],
  ] as const)("cites a release in %s", (lang, expected) => {
    expect(citationText(input, lang)).toBe(expected);
  });
});

describe("citationBibtex", () => {
  it("writes a @misc entry with publisher, title, version, date and URL", () => {
    expect(citationBibtex(input, "ksst-terbuka")).toBe(
      [
        "@misc{ksst-terbuka-1.1.0,",
        "  author = {KSST Terbuka},",
        "  title = {Data KSST dan Komitmen OGP Indonesia},",
        "  version = {1.1.0},",
        "  year = {2026},",
        "  month = nov,",
        "  date = {2026-11-28},",
        "  publisher = {KSST Terbuka},",
        "  howpublished = {Data set},",
        "  url = {https://example.org/id/releases/1.1.0/}",
        "}",
      ].join("\n"),
    );
  });

  it.each([
    ["R&D 100%", "R\\&D 100\\%"],
    ["a_b #1 {x}", "a\\_b \\#1 \\{x\\}"],
  ])("escapes %j", (title, escaped) => {
    expect(citationBibtex({ ...input, title }, "k")).toContain(`title = {${escaped}}`);
  });
});
