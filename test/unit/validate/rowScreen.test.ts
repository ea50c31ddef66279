// The worker's row screen against the finders it lets rules skip: a clear bit must mean the finder
// finds nothing in any value of the row (cells, and `;`-separated items trimmed as lists are read).
import { describe, expect, it } from "vitest";
import { seeded } from "../../../bench/seeded.ts";
import { rowBatcher, unpackRows } from "../../../src/lib/csv/rowBatch.ts";
import { mayHold, screenBits, screenRows } from "../../../src/lib/csv/rowScreen.ts";
import { findPersonalData } from "../../../src/lib/rules/personalData.ts";
import { findInvisible } from "../../../src/lib/text/findInvisible.ts";
import { findMojibake } from "../../../src/lib/text/findMojibake.ts";
import { formulaTrigger } from "../../../src/lib/text/formulaTrigger.ts";
import { mayHoldPersonalData } from "../../../src/lib/text/personalDataCue.ts";

const pieces = [
  "a",
  "Kerja sama ",
  "é",
  "中",
  "😀",
  "0",
  "8",
  "6",
  "2",
  "1",
  "62",
  "08",
  "+62",
  "-",
  ".",
  " ",
  ";",
  "@",
  "gmail.com",
  "=",
  "+",
  "＝",
  "\t",
  "\n",
  "\r",
  "\u200b",
  "\u0000",
  "\u00ad",
  "Ã",
  "©",
  "â€™",
  "Â ",
  "\ufffd",
  "3201234567890001",
  "0812-3456-7890",
];

/** What each finder finds in one value, as screen bits. */
function findings(value: string, text: boolean): number {
  let bits = 0;
  const code = findInvisible(value, "code");
  if (code)
    bits |=
      /[\t\n\r]/.test(value) && !findInvisible(value, "text") ? screenBits.breaks : screenBits.invisible;
  if (findMojibake(value) !== undefined) bits |= screenBits.mojibake;
  if (text && value.length >= 8 && findPersonalData(value)) bits |= screenBits.personal;
  if (text && formulaTrigger(value) !== undefined) bits |= screenBits.formula;
  return bits;
}

/** The values a cell is read as: itself, and its trimmed items when it is a list. */
const valuesOf = (cell: string) => [cell, ...cell.split(";").map((item) => item.trim())];

describe("screenRows", () => {
  it("never clears a bit for a row where the finder finds something", () => {
    const random = seeded(7);
    const textColumns = new Set([1, 3]);
    let flaggedRows = 0;
    for (let round = 0; round < 200; round += 1) {
      const batcher = rowBatcher();
      const rows: string[][] = [];
      for (let n = 0; n < 20; n += 1) {
        const cells = Array.from({ length: 1 + Math.floor(random() * 5) }, () => {
          let cell = "";
          const length = Math.floor(random() * 8);
          for (let i = 0; i < length; i += 1) cell += pieces[Math.floor(random() * pieces.length)];
          return cell;
        });
        rows.push(cells);
        batcher.add(cells, n + 2);
      }
      const batch = batcher.take(undefined, textColumns);
      expect(batch.screens).toEqual(screenRows(batch.text, batch.layout, rows.length, textColumns));
      rows.forEach((cells, n) => {
        const screen = batch.screens?.[n] as number;
        let needed = 0;
        cells.forEach((cell, column) => {
          for (const value of valuesOf(cell)) needed |= findings(value, textColumns.has(column));
        });
        if (needed !== 0) flaggedRows += 1;
        // Every bit a finder needs is set (breaks may also be reported as invisible, and vice versa).
        for (const bit of Object.values(screenBits)) {
          if ((needed & bit) === 0) continue;
          const accepted = bit === screenBits.breaks ? screenBits.breaks | screenBits.invisible : bit;
          expect((screen & accepted) !== 0, `row ${JSON.stringify(cells)}, bit ${bit}`).toBe(true);
        }
      });
    }
    // The generator must reach the finders often enough to mean something.
    expect(flaggedRows).toBeGreaterThan(1000);
  });

  it("gives each row the personal and formula bits that its free-text cells give on their own", () => {
    const random = seeded(5);
    const textColumns = new Set([0, 2]);
    const digits = [
      "0",
      "1",
      "2",
      "6",
      "8",
      "9",
      "62",
      "08",
      "3201234567890001",
      "12345678",
      "@",
      ";",
      "a",
      " ",
    ];
    let personalRows = 0;
    for (let round = 0; round < 300; round += 1) {
      const batcher = rowBatcher();
      const rows: string[][] = [];
      for (let n = 0; n < 20; n += 1) {
        // Digits, cues and letters on both sides of cell boundaries, so that a cue or a run of digits
        // that only holds across two cells, or a digit just before a cell's start, is met.
        const cells = Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
          Array.from({ length: Math.floor(random() * 7) }, () => {
            const from = random() < 0.8 ? digits : pieces;
            return from[Math.floor(random() * from.length)];
          }).join(""),
        );
        rows.push(cells);
        batcher.add(cells, n + 2);
      }
      const { screens } = batcher.take(undefined, textColumns);
      rows.forEach((cells, n) => {
        const free = cells.filter((cell, column) => textColumns.has(column) && cell !== "");
        const personal = free.some((cell) => cell.length >= 8 && mayHoldPersonalData(cell));
        const formula = free.some((cell) => {
          const first = cell.charCodeAt(0);
          return !(first > 0x40 && first < 0x3000) || cell.includes(";");
        });
        const screen = screens?.[n] as number;
        if (personal) personalRows += 1;
        expect((screen & screenBits.personal) !== 0, `personal ${JSON.stringify(cells)}`).toBe(personal);
        expect((screen & screenBits.formula) !== 0, `formula ${JSON.stringify(cells)}`).toBe(formula);
      });
    }
    expect(personalRows).toBeGreaterThan(500);
  });

  it("gives the same rows, fingerprints and screens when the batch keeps its cells (a range read in its own thread)", () => {
    const random = seeded(11);
    const textColumns = new Set([0, 2]);
    for (let round = 0; round < 50; round += 1) {
      const packed = rowBatcher();
      const keeping = rowBatcher({ keepCells: true });
      for (let n = 0; n < 20; n += 1) {
        const cells = Array.from({ length: 1 + Math.floor(random() * 5) }, () =>
          Array.from(
            { length: Math.floor(random() * 6) },
            () => pieces[Math.floor(random() * pieces.length)],
          ).join(""),
        );
        packed.add(cells, n + 2);
        keeping.add(cells, n + 2);
      }
      const rowsOf = (batch: ReturnType<typeof packed.take>) => {
        const out: unknown[] = [];
        unpackRows(batch, (cells, row, fingerprint, screen) => out.push([cells, row, fingerprint, screen]));
        return out;
      };
      const kept = keeping.take(1, textColumns);
      expect(kept.cells).toHaveLength(20);
      expect(rowsOf(kept)).toEqual(rowsOf(packed.take(1, textColumns)));
    }
  });

  it("sets each row's own bits from the one scan of the batch: breaks, invisible characters and encoding damage", () => {
    const batcher = rowBatcher();
    const rows = [
      ["ksst-1", "kafe", "plain"],
      ["ksst-2", "caf\u00c3\u00a9", "a\u200bb"],
      ["ksst-3", "two\nlines", "plain"],
      ["ksst-4", "plain", "\u2019 as \u00e2\u20ac\u2122"],
      ["ksst-5", "tab\there", "soft\u00adhyphen"],
      ["ksst-6", "lost \ufffd", "plain"],
    ];
    rows.forEach((cells, n) => {
      batcher.add(cells, n + 2);
    });
    const { screens } = batcher.take(undefined, new Set());
    const { breaks, invisible, mojibake } = screenBits;
    expect([...(screens ?? [])]).toEqual([
      0,
      invisible | mojibake,
      breaks,
      mojibake,
      breaks | invisible,
      mojibake,
    ]);
  });

  it("gives each character of a run outside printable ASCII to its own row, when the run goes on into the next row", () => {
    const batcher = rowBatcher();
    const rows = [
      ["ksst-1", "akhir \u00c3"],
      ["\u200b\u4e2d", "plain"],
      ["\u4e2d\u4e2d", "\u00e9\u00e9"],
      ["\u00e9", "\ud83d\ude00"],
    ];
    rows.forEach((cells, n) => {
      batcher.add(cells, n + 2);
    });
    const { screens } = batcher.take(undefined, new Set());
    const { invisible, mojibake } = screenBits;
    expect([...(screens ?? [])]).toEqual([mojibake, invisible, 0, invisible]);
  });

  it("clears every bit of plain text, and a row that was not screened may hold anything", () => {
    const batcher = rowBatcher();
    batcher.add(["ksst-0001", "Pelatihan perikanan di Makassar", "2019-08-01", "ID;TL"], 2);
    const batch = batcher.take(undefined, new Set([1]));
    expect([...(batch.screens ?? [])]).toEqual([0]);
    expect(mayHold(0, screenBits.personal)).toBe(false);
    expect(mayHold(undefined, screenBits.personal)).toBe(true);
  });
});
