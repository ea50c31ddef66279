import { describe, expect, it } from "vitest";
import { exactRecordFirst } from "../../../src/lib/search/exactRecordFirst.ts";

const results = [
  { url: "/en/data/activities/" },
  { url: "/en/organisations/setneg/" },
  { url: "/en/activities/ksst-0012/" },
  { url: "/en/claims/stmt-0012/" },
];

describe("exactRecordFirst", () => {
  it("puts the page whose address is the searched id first, whatever its case, the rest in order", () => {
    expect(exactRecordFirst(results, " KSST-0012 ").map((r) => r.url)).toEqual([
      "/en/activities/ksst-0012/",
      "/en/data/activities/",
      "/en/organisations/setneg/",
      "/en/claims/stmt-0012/",
    ]);
  });

  it("leaves the order alone for words, for an id already first and for an id not among the results", () => {
    expect(exactRecordFirst(results, "setneg training")).toEqual(results);
    expect(exactRecordFirst(results, "activities")).toEqual(results);
    expect(exactRecordFirst(results, "ksst-9999")).toEqual(results);
    expect(exactRecordFirst(results, "")).toEqual(results);
  });

  it("reads percent-encoded addresses", () => {
    const encoded = [{ url: "/id/a/" }, { url: "/id/provinsi/jawa%20barat/" }];
    expect(exactRecordFirst(encoded, "jawa barat")).toEqual(encoded);
    expect(exactRecordFirst([{ url: "/x/" }, { url: "/id/x/caf%C3%A9/" }], "Café")[0]?.url).toBe(
      "/id/x/caf%C3%A9/",
    );
  });
});
