// Node's UTF-8 decoder (isUtf8, then Latin-1 or transcode) against the standard one (TextDecoder): the same
// text for every valid input and `undefined` for the same invalid ones, and a U+FEFF kept wherever it falls.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seeded } from "../../../bench/seeded.ts";
import { createChunkDecoder } from "../../../src/lib/csv/chunkDecoder.ts";
import { standardUtf8, useUtf8Decoder } from "../../../src/lib/csv/utf8.ts";
import { nodeUtf8, readUtf8File } from "../../../src/node/nodeUtf8.ts";

const encode = (text: string) => new TextEncoder().encode(text);

const samples = [
  "",
  "id,title\nksst-0001,Pelatihan perikanan\n",
  "caf\u00e9 \u00fc\u00ff",
  "15\u201319 September 2015; \u201cquoted\u201d",
  "\u4e2d\u56fd \ud55c\uad6d\uc5b4 \u0627\u0644\u0639\u0631\u0628\u064a\u0629",
  "kopi \u2615 \ud83d\ude00 \ud83c\uddee\ud83c\udde9",
  "\ufeffa BOM-like start",
  "middle \ufeff of text",
  "\ufffd literal replacement, \ufffe\uffff noncharacters",
  "\u0000 nul \u0001 \u001f controls \u007f \u0080 \u009f",
  "e\u0301 combining, \u200b zero width, \u00ad soft hyphen",
  "\udbff\udfff last code point",
];

describe("nodeUtf8", () => {
  it.each(samples.map((text) => [JSON.stringify(text).slice(0, 40), text]))(
    "reads %s as TextDecoder does",
    (_name, text) => {
      const bytes = encode(text as string);
      expect(nodeUtf8(bytes)).toBe(text);
      expect(nodeUtf8(bytes)).toBe(standardUtf8(bytes));
    },
  );

  it("reads seeded random text as TextDecoder does, in views that start inside a larger buffer", () => {
    const random = seeded(3);
    // Code points from every UTF-8 length, surrogate pairs included, ASCII most often.
    const ranges = [
      [0x20, 0x7e],
      [0x20, 0x7e],
      [0x00, 0x1f],
      [0x80, 0x7ff],
      [0x800, 0xd7ff],
      [0xe000, 0xffff],
      [0x10000, 0x10ffff],
    ] as const;
    for (let round = 0; round < 500; round += 1) {
      let text = "";
      const length = Math.floor(random() * 200);
      for (let i = 0; i < length; i += 1) {
        const [low, high] = ranges[Math.floor(random() * ranges.length)] as readonly [number, number];
        text += String.fromCodePoint(low + Math.floor(random() * (high - low + 1)));
      }
      const inner = encode(text);
      const outer = new Uint8Array(inner.length + 7);
      outer.set(inner, 3);
      expect(nodeUtf8(outer.subarray(3, 3 + inner.length))).toBe(text);
    }
  });

  it("returns undefined for every sequence TextDecoder refuses", () => {
    const invalid = [
      [0x80],
      [0xff],
      [0xc0, 0x80],
      [0xc1, 0xbf],
      [0xe0, 0x80, 0x80],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf5, 0x80, 0x80, 0x80],
      [0xe2, 0x82],
      [0x61, 0xe2, 0x82, 0x61],
      [0xf0, 0x9f, 0x98],
    ];
    for (const bytes of invalid) {
      expect(standardUtf8(Uint8Array.from(bytes)), String(bytes)).toBeUndefined();
      expect(nodeUtf8(Uint8Array.from(bytes)), String(bytes)).toBeUndefined();
    }
    // Random bytes, biased to the lead and continuation bytes: the same verdict and text either way.
    const random = seeded(9);
    const pool = [0x61, 0x0a, 0x80, 0xbf, 0xc2, 0xc3, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff];
    let refused = 0;
    for (let round = 0; round < 3000; round += 1) {
      const bytes = Uint8Array.from(
        { length: 1 + Math.floor(random() * 8) },
        () => pool[Math.floor(random() * pool.length)] as number,
      );
      const expected = standardUtf8(bytes);
      if (expected === undefined) refused += 1;
      expect(nodeUtf8(bytes), String(bytes)).toBe(expected);
    }
    expect(refused).toBeGreaterThan(1000);
  });

  it("keeps a U+FEFF that starts a later chunk: only the file's first bytes can be a byte-order mark", () => {
    for (const utf8 of [standardUtf8, nodeUtf8]) {
      useUtf8Decoder(utf8);
      const decoder = createChunkDecoder();
      const text =
        decoder.decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...encode("id\n")])) +
        decoder.decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...encode("x\n")])) +
        decoder.end();
      expect(text).toBe("id\n\ufeffx\n");
      expect(decoder.report()).toEqual({ encoding: "utf-8", bom: true, notUtf8: false });
    }
  });
});

describe("readUtf8File", () => {
  it("reads a file as readFileSync(path, 'utf8') does: ASCII, other characters, a BOM, bytes that are not UTF-8", () => {
    const dir = mkdtempSync(join(tmpdir(), "ksst-utf8-"));
    try {
      const contents = [
        encode("<html>plain</html>"),
        encode("<p>15\u201319 September, caf\u00e9, \u4e2d\u6587, \ud83d\ude00</p>"),
        Uint8Array.from([0xef, 0xbb, 0xbf, ...encode("<p>bom</p>")]),
        Uint8Array.from([...encode("<p>Caf"), 0xe9, ...encode("</p>"), 0xff]),
        new Uint8Array(0),
      ];
      contents.forEach((bytes, n) => {
        const file = join(dir, `${n}.html`);
        writeFileSync(file, bytes);
        expect(readUtf8File(file), String(n)).toBe(readFileSync(file, "utf8"));
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
