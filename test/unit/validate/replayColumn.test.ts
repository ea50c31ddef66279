// A range thread's replay values packed into one text per column (validate/replayColumn.ts) come back
// in row order exactly as they were added: texts of any length, blanks, empty text and other values.
import { describe, expect, it } from "vitest";
import { ReplayColumnBuilder, replayColumnReader } from "../../../src/lib/validate/replayColumn.ts";

function roundTrip(values: readonly unknown[]): unknown[] {
  const builder = new ReplayColumnBuilder();
  for (const value of values) builder.add(value);
  const packed = builder.pack();
  const reader = replayColumnReader(packed);
  return values.map(() => reader.next());
}

describe("replay columns", () => {
  it("give back texts, blanks, numbers and lists in row order", () => {
    const values = [
      "ksst-0001",
      undefined,
      "",
      "ksst-kegiatan-panjang-0002",
      12.5,
      ["a", "b"],
      "é中🙂",
      false,
    ];
    expect(roundTrip(values)).toEqual(values);
  });

  it("give back many thousands of values, past a group of joined texts", () => {
    const values = Array.from({ length: 20_000 }, (_, i) =>
      i % 7 === 0 ? undefined : i % 11 === 0 ? i : `id-${i}-${"x".repeat(i % 30)}`,
    );
    expect(roundTrip(values)).toEqual(values);
  });

  it("hold the texts in one string and a length per row", () => {
    const builder = new ReplayColumnBuilder();
    for (const value of ["ab", undefined, "cde", 3]) builder.add(value);
    const packed = builder.pack();
    expect(packed.texts).toBe("abcde");
    expect([...packed.lengths]).toEqual([2, -1, 3, -2]);
    expect(packed.others).toEqual([3]);
  });
});
