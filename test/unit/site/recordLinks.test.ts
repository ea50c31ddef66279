import { describe, expect, it } from "vitest";
import { resolveTable } from "../../../src/lib/charts/dataTable.ts";
import { parseExplorerState } from "../../../src/lib/explorer/explorerState.ts";
import { actorsChart } from "../../../src/site/charts/actorsChart.ts";
import { commitmentsAmbitionChart } from "../../../src/site/charts/commitmentAssessment.ts";
import { type CountRow, countTable, recordLinkLimit } from "../../../src/site/charts/countRows.ts";
import { builtExplorer } from "../../../src/site/explorer/builtExplorer.ts";
import { pathOf } from "../../../src/site/routes.ts";
import { fixtureSiteData } from "../../helpers/fixtureSiteData.ts";

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

describe("'+N more' of a category without a page of its own", () => {
  it.each([
    ["id", "+5 lainnya"],
    ["en", "+5 more"],
  ] as const)("links the explorer view of the row's records (%s)", (lang, text) => {
    const href = `${pathOf({ kind: "activities" }, lang)}?type=training`;
    const view = table([{ ...row("training", recordLinkLimit + 5), rowsHref: href }], lang);
    expect(recordsCell(view, 0).links?.at(-1)).toEqual({ text, href });
  });

  it("prefers the category's own page when it has one", () => {
    const view = table(
      [{ ...row("tl", recordLinkLimit + 1, "/en/country/TL/"), rowsHref: "/en/activities/" }],
      "en",
    );
    expect(recordsCell(view, 0).links?.at(-1)?.href).toBe("/en/country/TL/");
  });

  it.each(["id", "en"] as const)(
    "an organisation type's row leads to the explorer filtered to exactly its activities (%s)",
    async (lang) => {
      const data = await fixtureSiteData();
      const chart = actorsChart.build(data, lang);
      const view = resolveTable(chart.table, (n) => String(n));
      const explorer = builtExplorer(data, "activities");
      const rows = chart.table.rows as readonly CountRow[];
      const long = rows.flatMap((r, i) => (r.ids.length > recordLinkLimit ? [{ r, i }] : []));
      // The fixture's ministries take part in 24 activities: the one row past the limit.
      expect(long.map(({ r }) => r.key)).toEqual(["ministry"]);
      for (const { r, i } of long) {
        const more = recordsCell(view, i).links?.at(-1);
        expect(more?.text).toBe(lang === "id" ? "+4 lainnya" : "+4 more");
        const url = new URL(more?.href ?? "", "https://example.org");
        expect(url.pathname).toBe(pathOf({ kind: "activities" }, lang));
        // What the explorer shows for that URL: any of the chosen organisations, in any role.
        const state = parseExplorerState(url.search, explorer.spec);
        const shown = new Set((state.filters.org ?? []).flatMap((org) => explorer.rowsOf("org", org)));
        expect([...shown].map((n) => explorer.ids[n]).sort()).toEqual([...r.ids].sort());
      }
    },
  );
});

describe("'+N more' of an action plan's row in the commitment charts", () => {
  it.each([
    ["id", "lainnya"],
    ["en", "more"],
  ] as const)("links the plan's group on the commitments page (%s)", async (lang, word) => {
    const data = await fixtureSiteData();
    const [first] = data.datasets.commitments;
    if (!first) throw new Error("the fixture has no commitment");
    // More commitments in one plan than a row links: copies of a fixture commitment under new ids.
    const extra = Array.from({ length: recordLinkLimit + 3 }, (_, i) => ({
      ...first,
      id: `${first.id}-x${i}`,
    }));
    const many = {
      ...data,
      datasets: { ...data.datasets, commitments: [...data.datasets.commitments, ...extra] },
    };
    const chart = commitmentsAmbitionChart.build(many, lang);
    const view = resolveTable(chart.table, (n) => String(n));
    const rows = chart.table.rows as readonly CountRow[];
    const i = rows.findIndex((r) => r.key === first.action_plan);
    const total = rows[i]?.ids.length ?? 0;
    expect(total).toBeGreaterThan(recordLinkLimit);
    expect(recordsCell(view, i).links?.at(-1)).toEqual({
      text: `+${total - recordLinkLimit} ${word}`,
      href: `${pathOf({ kind: "commitments" }, lang)}#plan-${first.action_plan}`,
    });
  });
});
