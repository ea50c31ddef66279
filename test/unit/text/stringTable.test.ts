import { describe, expect, it } from "vitest";
import { stringTable } from "../../../src/lib/text/stringTable.ts";

const table = stringTable(
  { greet: "Hello {name}, {count} rows", source: "Source: {link}.", plain: "No placeholders" },
  { greet: "Halo {name}, {count} baris", source: "Sumber: {link}.", plain: "Tanpa isian" },
);

describe("stringTable", () => {
  it.each([
    ["en", "Hello Ani, 1,234 rows"],
    ["id", "Halo Ani, 1.234 baris"],
  ] as const)("fills placeholders in %s", (lang, expected) => {
    expect(table.text(lang, "greet", { name: "Ani", count: lang === "en" ? "1,234" : "1.234" })).toBe(
      expected,
    );
  });

  it("keeps a placeholder that has no value, so a missing variable shows instead of vanishing", () => {
    expect(table.text("en", "greet", { name: "Ani" })).toBe("Hello Ani, {count} rows");
  });

  it("splits a string into parts so that placeholders can be links or lists of links", () => {
    expect(table.parts("id", "source", { link: { text: "ANTARA", href: "https://example.org" } })).toEqual([
      { text: "Sumber: " },
      { text: "ANTARA", href: "https://example.org" },
      { text: "." },
    ]);
    expect(
      table.parts("en", "source", {
        link: [{ text: "a", href: "/a" }, { text: ", " }, { text: "b", href: "/b" }],
      }),
    ).toEqual([
      { text: "Source: " },
      { text: "a", href: "/a" },
      { text: ", " },
      { text: "b", href: "/b" },
      { text: "." },
    ]);
    expect(table.parts("en", "plain")).toEqual([{ text: "No placeholders" }]);
  });

  it("binds its strings to one language for a whole page or file", () => {
    const say = table.translator("id");
    expect(say("plain")).toBe("Tanpa isian");
    expect(say("greet", { name: "Ani", count: 2 })).toBe("Halo Ani, 2 baris");
    expect(table.translator("en")("plain")).toBe("No placeholders");
  });
});
