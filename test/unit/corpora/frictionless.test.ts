import { describe, expect, it } from "vitest";
import { hasCorpus } from "./corpora.ts";
import { frictionlessCases, key } from "./frictionlessCases.ts";

// The score recorded in docs/validation.md: supported cases whose errors match Frictionless exactly.
const recordedPassed = 34;
const recordedSupported = 39;

describe.skipIf(!hasCorpus("frictionless"))("Frictionless fixtures (validateTable)", () => {
  const cases = hasCorpus("frictionless") ? frictionlessCases() : [];
  const supported = cases.filter((c) => c.supported);

  it(`matches Frictionless on at least ${recordedPassed} of ${recordedSupported} supported cases`, async () => {
    const failures: string[] = [];
    for (const c of supported) {
      const got = (await c.run()).map(key).sort();
      const want = c.expected.map((e) => key({ ...e, fieldNumber: e.fieldNumber ?? null })).sort();
      if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${c.name}: got ${got} want ${want}`);
    }
    expect(supported.length).toBe(recordedSupported);
    expect(supported.length - failures.length, failures.join("\n")).toBeGreaterThanOrEqual(recordedPassed);
  });

  it("says why each unsupported case is unsupported", () => {
    for (const c of cases.filter((c) => !c.supported)) expect(c.reason, c.name).toMatch(/\w/);
  });

  describe.each(
    supported
      .filter((c) => /: (invalid|blank-rows|defective-rows|duplicate-headers|latin1)\.csv/.test(c.name))
      .map((c) => [c.name, c]),
  )("%s", (_name, c) => {
    it("reports the same errors at the same positions", async () => {
      const got = (await c.run()).map(key).sort();
      expect(got).toEqual(c.expected.map((e) => key({ ...e, fieldNumber: e.fieldNumber ?? null })).sort());
    });
  });
});
