// The table of row hashes (duplicate rows) answers as a Map of first rows does, however it was sized.
import { describe, expect, it } from "vitest";
import { HashRowTable } from "../../../src/lib/rules/hashRowTable.ts";

// Seeded 53-bit hashes, a third of them repeated, and 0 (stored as 1).
function hashes(count: number): number[] {
  let seed = 7;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed;
  };
  const out: number[] = [];
  for (let i = 0; i < count; i += 1)
    out.push(i % 3 === 2 ? (out[next() % out.length] as number) : next() * 0x200000 + (next() & 0x1fffff));
  out[10] = 0;
  return out;
}

describe("HashRowTable", () => {
  it("gives each hash its first row, with room reserved before, between or not at all", () => {
    const all = hashes(50_000);
    for (const plan of [[], [50_000], [10, 40_000], [600]]) {
      const table = new HashRowTable();
      const first = new Map<number, number>();
      const reserveAt = new Map(plan.map((count, k) => [k * 20_000, count]));
      all.forEach((hash, row) => {
        const count = reserveAt.get(row);
        if (count !== undefined) table.reserve(count);
        const key = hash === 0 ? 1 : hash;
        expect(table.firstRow(hash, row)).toBe(first.get(key));
        if (!first.has(key)) first.set(key, row);
      });
      for (const [key, row] of first) expect(table.firstRow(key, 99_999_999)).toBe(row);
    }
  });
});
