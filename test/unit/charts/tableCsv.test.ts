import { describe, expect, it } from "vitest";
import { resolveTable } from "../../../src/lib/charts/dataTable.ts";
import { tableCsv } from "../../../src/lib/charts/tableCsv.ts";

const table = resolveTable(
  {
    caption: "Amounts",
    columns: [
      { key: "id", label: "Id", value: (r: { id: string; n?: number; ids: string[] }) => r.id, show: "csv" },
      { key: "name", label: "Name, as stated", value: (r) => `${r.id} "quoted"`, rowHeader: true },
      { key: "n", label: "Amount", value: (r) => r.n, numeric: true },
      { key: "ids", label: "Records", value: (r) => r.ids },
      { key: "link", label: "Page", value: () => "x", show: "table" },
    ],
    rows: [
      { id: "a", n: 1234.5, ids: ["k-1", "k-2"] },
      { id: "b", ids: [] },
    ],
    rowKey: (r) => r.id,
  },
  (n) => n.toLocaleString("id-ID"),
);

describe("tableCsv", () => {
  it("writes raw numbers, lists with ';', unknown as empty, and only the CSV's columns", () => {
    const text = new TextDecoder().decode(tableCsv(table));
    expect(text).toBe(
      'Id,"Name, as stated",Amount,Records\na,"a ""quoted""",1234.5,k-1;k-2\nb,"b ""quoted""",,\n',
    );
  });

  it("formats the same values for the table, unknown as a dash", () => {
    expect(table.rows[0]?.cells.find((c) => c.col === "n")?.text).toBe("1.234,5");
    expect(table.rows[1]?.cells.find((c) => c.col === "n")?.text).toBe("—");
  });
});
