// The compact key index reads, grows and iterates exactly as a Map does.
import { describe, expect, it } from "vitest";
import { KeyIndex } from "../../../src/lib/rules/keyIndex.ts";
import { firstRowOf } from "../../../src/lib/rules/rule.ts";

// A deterministic stream of keys: ids, one-byte text with accents, wide text, long text, numbers, lists.
function keyAt(i: number, lists: unknown[][]): unknown {
  switch (i % 9) {
    case 0:
      return `ksst-${String(i % 5003).padStart(7, "0")}`;
    case 1:
      return `Café ${i % 701}`;
    case 2:
      return `中文 ${i % 397}`;
    case 3:
      return i % 211;
    case 4:
      return "";
    case 5:
      return "x".repeat(5000 + (i % 3));
    case 6:
      return lists[i % lists.length];
    case 7:
      return `ÿ\u0000${i % 101}`;
    default:
      return String(i % 4001);
  }
}

describe("KeyIndex", () => {
  it("answers get, has, set, size and iteration in insertion order as a Map, over many growths", () => {
    const lists = [[1], ["a"], []];
    const index = new KeyIndex();
    const map = new Map<unknown, number>();
    for (let i = 0; i < 60_000; i += 1) {
      const key = keyAt((i * 7919) % 100_003, lists);
      expect(index.has(key)).toBe(map.has(key));
      expect(index.get(key)).toBe(map.get(key));
      if (i % 5 === 0) {
        index.set(key, i);
        map.set(key, i);
      } else {
        const first = map.get(key) ?? i;
        if (!map.has(key)) map.set(key, i);
        expect(index.getOrSet(key, i)).toBe(first);
      }
      expect(index.size).toBe(map.size);
    }
    expect(index.size).toBeGreaterThan(9000);
    expect([...index]).toEqual([...map]);
    expect([...index.keys()]).toEqual([...map.keys()]);
    expect([...index.values()]).toEqual([...map.values()]);
    const seen: unknown[] = [];
    index.forEach((value, key, self) => {
      seen.push([key, value, self === index]);
    });
    expect(seen).toEqual([...map].map(([key, value]) => [key, value, true]));
    expect(new KeyIndex(map.entries()).size).toBe(map.size);
    expect([...new KeyIndex([...map])]).toEqual([...map]);
    expect(index.get("ksst-9999999")).toBeUndefined();
    expect(index.has(Number.NaN)).toBe(false);
  });

  it("answers as a Map does when room was reserved before, between and beyond the keys", () => {
    const lists = [[1], ["a"], []];
    // Room reserved at once for all of them, for some and then more, and for fewer than come.
    for (const plan of [[30_000], [100, 20_000, 5], [700]]) {
      const index = new KeyIndex();
      const map = new Map<unknown, number>();
      const reserveAt = new Map(plan.map((count, k) => [k * 7_000, count]));
      for (let i = 0; i < 21_000; i += 1) {
        const count = reserveAt.get(i);
        if (count !== undefined) index.reserve(count);
        const key = keyAt((i * 7919) % 100_003, lists);
        const first = map.get(key) ?? i;
        if (!map.has(key)) map.set(key, i);
        expect(index.getOrSet(key, i)).toBe(first);
      }
      expect([...index]).toEqual([...map]);
      for (const [key, value] of map) expect(index.get(key)).toBe(value);
      expect(index.get("ksst-9999999")).toBeUndefined();
    }
  });

  it("tells text from numbers and lists by their identity, as a Map does", () => {
    const index = new KeyIndex([
      ["1", 1],
      [1, 2],
      [-0, 3],
      ["", 4],
    ]);
    expect(index.get("1")).toBe(1);
    expect(index.get(1)).toBe(2);
    expect(index.get(0)).toBe(3);
    expect(index.get("")).toBe(4);
    expect(index.get([1])).toBeUndefined();
    expect(index).toBeInstanceOf(Map);
  });

  it("only grows", () => {
    const index = new KeyIndex([["a", 1]]);
    expect(() => index.delete()).toThrow(TypeError);
    expect(() => index.clear()).toThrow(TypeError);
    expect(index.get("a")).toBe(1);
  });

  it("gives firstRowOf the first row of each value", () => {
    const index = new KeyIndex();
    expect(firstRowOf(index, "a", 2)).toBe(2);
    expect(firstRowOf(index, "b", 3)).toBe(3);
    expect(firstRowOf(index, "a", 4)).toBe(2);
    expect(firstRowOf(index, "a", 5)).toBe(2);
    expect([...index]).toEqual([
      ["a", 2],
      ["b", 3],
    ]);
  });
});
