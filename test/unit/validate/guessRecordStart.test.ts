// guessRecordStart (csv/guessRecordStart.ts) guesses where a record starts after a cut from the bytes
// after it alone: when it answers, it must answer what counting the quotes from the file's start says.
import { describe, expect, it } from "vitest";
import { seeded } from "../../../bench/seeded.ts";
import { guessRecordStart } from "../../../src/lib/csv/guessRecordStart.ts";

/** The first record start at or after `cut`, by the parity of the quotes before each line feed. */
function byParity(bytes: Uint8Array, cut: number): number {
  let quotes = 0;
  for (let i = 0; i < cut - 1; i += 1) if (bytes[i] === 0x22) quotes += 1;
  for (let i = cut - 1; i < bytes.length; i += 1) {
    if (bytes[i] === 0x22) quotes += 1;
    else if (bytes[i] === 0x0a && quotes % 2 === 0) return i + 1;
  }
  return bytes.length;
}

const words = [
  "kerja sama",
  "Makassar",
  "ما",
  "ລາວ",
  "x",
  "1.000",
  "a,b",
  'kata "kutip"',
  "baris\nbaru",
  "dua\r\nbaris",
  "",
];

/** A CSV text of `rows` records, cells quoted when they must be (or at random), CRLF or LF. */
function csv(random: () => number, rows: number, newline: string): string {
  const lines: string[] = [];
  for (let r = 0; r < rows; r += 1) {
    const cells = Array.from({ length: 1 + Math.floor(random() * 6) }, () => {
      const text = Array.from(
        { length: Math.floor(random() * 4) },
        () => words[Math.floor(random() * words.length)],
      ).join(" ");
      return /[",\n\r]/.test(text) || random() < 0.3 ? `"${text.replaceAll('"', '""')}"` : text;
    });
    lines.push(cells.join(","));
  }
  return lines.join(newline) + newline;
}

describe("guessRecordStart", () => {
  it("answers, when it answers, what the quotes before the cut say, and answers most of the time", () => {
    const random = seeded(5);
    let answered = 0;
    let tried = 0;
    for (let round = 0; round < 300; round += 1) {
      const bytes = new TextEncoder().encode(csv(random, 40, random() < 0.5 ? "\n" : "\r\n"));
      for (let k = 0; k < 10; k += 1) {
        const cut = 1 + Math.floor(random() * (bytes.length - 1));
        const guess = guessRecordStart(bytes.subarray(cut - 1));
        tried += 1;
        if (guess === undefined) continue;
        answered += 1;
        expect(cut - 1 + guess, `cut ${cut}`).toBe(byParity(bytes, cut));
      }
    }
    expect(answered / tried).toBeGreaterThan(0.8);
  });

  it("does not answer without a quote to tell the readings apart, or with quotes that break RFC 4180", () => {
    const plain = new TextEncoder().encode("a,b\nc,d\ne,f\n");
    expect(guessRecordStart(plain.subarray(2))).toBeUndefined();
    expect(guessRecordStart(new TextEncoder().encode('x\na"b,"c"d\n'))).toBeUndefined();
  });
});
