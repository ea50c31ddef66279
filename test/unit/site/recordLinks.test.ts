import { describe, expect, it } from "vitest";
import { resolveTable } from "../../../src/lib/charts/dataTable.ts";
import { type CountRow, countTable, recordLinkLimit } from "../../../src/site/charts/countRows.ts";

// A chart's table links the records behind each figure. At 10,000 activities one link per record made
// the dashboard 4.6 MB with 82,000 elements; the table now links the first `recordLinkLimit` and says
// how many more, while the CSV keeps every id.

const ids = (n: number) => Array.from({ length: n }, (_, i) => `ksst-${String(i + 1).padStart(4, "0")}`);

const row = (key: string, n: number, href?: string): CountRow => ({
  key,
  label: key.toUpperCase(),
  counts: { all: n },
  total: n,
  ids: ids(n),
  ...(href ? { href } : {}),
});

const table = (rows: CountRow[], lang: "id" | "en") =>
  resolveTable(
    countTable({
      caption: "c",
      lang,
      labelHeader: "Country",
      series: [{ key: "all", label: "All", colour: "#1b6ca8" }],
      rows,
    }),
    (n) => String(n),
  );

const recordsCell = (view: ReturnType<typeof table>, i: number) => {
  const cell = view.rows[i]?.cells.find((c) => c.col === "records");
  if (!cell) throw new Error("no records cell");
  return cell;
};

describe("records column of a count table", () => {
  it("links every record when there are at most the limit", () => {
    const view = table([row("tl", recordLinkLimit, "/en/country/TL/")], "en");
    const cell = recordsCell(view, 0);
    expect(cell.links).toHaveLength(recordLinkLimit);
    expect(cell.links?.every((l) => l.href?.includes(l.text))).toBe(true);
  });

  it("links the first records, then '+N more' to the category's page; the value keeps every id", () => {
    const view = table([row("tl", 1234, "/en/country/TL/")], "en");
    const cell = recordsCell(view, 0);
    expect(cell.value).toHaveLength(1234);
    expect(cell.links).toHaveLength(recordLinkLimit + 1);
    expect(cell.links?.slice(0, recordLinkLimit).map((l) => l.text)).toEqual(ids(recordLinkLimit));
    expect(recordLinkLimit).toBe(20);
    expect(cell.links?.at(-1)).toEqual({ text: "+1,214 more", href: "/en/country/TL/" });
  });

  it("says '+N lainnya' in Indonesian, as plain text when the category has no page", () => {
    const view = table([row("xx", recordLinkLimit + 5)], "id");
    const last = recordsCell(view, 0).links?.at(-1);
    expect(last).toEqual({ text: "+5 lainnya" });
  });
});
