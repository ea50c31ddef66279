import { describe, expect, it } from "vitest";
import { closeBidi, closeBidiDeep } from "../../../src/lib/text/closeBidi.ts";
import { isolateBidi } from "../../../src/lib/text/isolateBidi.ts";
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
