import { describe, expect, it } from "vitest";
import { closeBidi, closeBidiDeep } from "../../../src/lib/text/closeBidi.ts";
import { isolateBidi } from "../../../src/lib/text/isolateBidi.ts";
import { hasUnprintableBytes, printableBytes } from "../../../src/lib/text/printableBytes.ts";
import { printableText } from "../../../src/lib/text/printableText.ts";

describe("closeBidi", () => {
  it.each([
    ["\u202eevil", "\u202eevil\u202c"],
    ["a\u202bb\u2067c", "a\u202bb\u2067c\u2069\u202c"],
    ["\u2068x\u202ey\u2069z", "\u2068x\u202ey\u2069z"],
    ["\u202dclosed\u202c", "\u202dclosed\u202c"],
    ["plain text", "plain text"],
    ["\u202c\u2069 stray closers", "\u202c\u2069 stray closers"],
  ])("closes what %j leaves open", (text, closed) => {
    expect(closeBidi(text)).toBe(closed);
  });

  it("changes a record only where a text needs it, keeping keys such as __proto__ as data", () => {
    const record = JSON.parse('{"id": "a1", "__proto__": "x", "names": ["ok", "\\u202eevil"], "n": 3}');
    const closed = closeBidiDeep(record);
    expect(closed).not.toBe(record);
    expect(closed.names).toEqual(["ok", "\u202eevil\u202c"]);
    expect(Object.keys(closed)).toEqual(["id", "__proto__", "names", "n"]);
    const plain = { id: "a2", names: ["ok"] };
    expect(closeBidiDeep(plain)).toBe(plain);
  });
});

describe("isolateBidi", () => {
  it.each([
    ["Kementerian Luar Negeri", "Kementerian Luar Negeri"],
    ["الأمم المتحدة", "\u2068الأمم المتحدة\u2069"],
    ["\u202eevil", "\u2068\u202eevil\u2069"],
  ])("isolates %j only when it could reorder its surroundings", (text, isolated) => {
    expect(isolateBidi(text)).toBe(isolated);
  });
});

describe("printableText", () => {
  it("shows control characters as control pictures, keeps tabs and line breaks", () => {
    expect(printableText("a\u0000b\u0007c\u001bd\u007fe\u0085f\tg\nh\r")).toBe(
      "a\u2400b\u2407c\u241bd\u2421e\ufffdf\tg\nh\r",
    );
    expect(printableText("lone \ud800 and pair 𝔘 \ufffe")).toBe("lone \ufffd and pair 𝔘 \ufffd");
  });
});

describe("printableBytes", () => {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  // Every character printableText treats, each ASCII/C1/noncharacter edge, and neighbours it keeps.
  const samples = [
    "plain ASCII <p>text</p>",
    "\t\n\r kept",
    "a\u0000b",
    "\u0008\u000b\u000c\u000e\u001f",
    "del\u007f",
    "c1 \u0080 \u0085 \u009f",
    "Latin-1 kept: \u00a0 é ß ÿ",
    "nonchar \ufdd0 \ufdef",
    "kept \ufdcf \ufdf0 \ufffd \ufffc",
    "end \ufffe \uffff",
    "lone \ud800 and \udfff",
    "pair 𝔘 emoji 🙂 Arabic الأمم and Javanese ꦧꦱ",
    "\u202eoverride\u202c",
  ];

  it.each(samples)("gives the bytes of printableText for %j", (text) => {
    const bytes = encoder.encode(text);
    const expected = encoder.encode(printableText(decoder.decode(bytes)));
    expect(hasUnprintableBytes(bytes)).toBe(
      printableText(text) !== text.replace(/[\ud800-\udfff]/gu, "\ufffd"),
    );
    expect(printableBytes(bytes)).toEqual(expected);
  });

  it("agrees with printableText on every code point of the Basic Multilingual Plane, one at a time", () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const text = `x${String.fromCharCode(code)}y`;
      const bytes = encoder.encode(text);
      const expected = encoder.encode(printableText(decoder.decode(bytes)));
      const same = Buffer.from(printableBytes(bytes)).equals(Buffer.from(expected));
      const flagged = hasUnprintableBytes(bytes);
      // Flagged exactly when printableText changes what TextEncoder wrote.
      if (!same || flagged !== !Buffer.from(bytes).equals(Buffer.from(expected))) differing.push(code);
    }
    expect(differing).toEqual([]);
  });

  it("returns the same bytes, not a copy, when nothing needs replacing", () => {
    const bytes = encoder.encode("<p>clean</p>");
    expect(printableBytes(bytes)).toBe(bytes);
  });
});
