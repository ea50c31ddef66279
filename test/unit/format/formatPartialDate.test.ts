import { describe, expect, it } from "vitest";
import { formatDateRange } from "../../../src/lib/format/formatDateRange.ts";
import { formatPartialDate } from "../../../src/lib/format/formatPartialDate.ts";

describe("formatPartialDate", () => {
  it.each([
    ["2014", "id", "2014"],
    ["2014", "en", "2014"],
    ["2016-05", "id", "Mei 2016"],
    ["2016-05", "en", "May 2016"],
    ["2016-08", "id", "Agustus 2016"],
    ["2017-03-15", "id", "15 Maret 2017"],
    ["2017-03-15", "en", "15 March 2017"],
    ["2020-12-31", "en", "31 December 2020"],
    ["not a date", "id", "not a date"],
  ] as const)("formats %s in %s as %s", (value, lang, expected) => {
    expect(formatPartialDate(value, lang)).toBe(expected);
  });

  it("abbreviates months on request", () => {
    expect(formatPartialDate("2016-08", "id", "short")).toBe("Agu 2016");
    expect(formatPartialDate("2016-09-01", "en", "short")).toBe("1 Sept 2016");
  });
});

describe("formatDateRange", () => {
  it.each([
    [undefined, undefined, "en", undefined],
    ["2017-03-15", undefined, "en", "15 March 2017"],
    [undefined, "2020", "id", "2020"],
    ["2019-07-22", "2019-07-22", "id", "22 Juli 2019"],
    ["2017-03-15", "2017-04-30", "id", "15 Maret 2017 – 30 April 2017"],
    ["1990", "1999", "en", "1990 – 1999"],
  ] as const)("formats %s to %s in %s", (start, end, lang, expected) => {
    expect(formatDateRange(start, end, lang)).toBe(expected);
  });
});
