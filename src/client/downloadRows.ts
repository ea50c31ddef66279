// Writes the rows of an explorer view as a file the browser saves: CSV, or XLSX (its writer is
// loaded only when asked for). Both hold every column as published, names beside codes.
import { csvTable } from "../lib/downloads/csvTable.ts";
import { downloadTable } from "../lib/explorer/downloadTable.ts";
import type { ExplorerData } from "../lib/explorer/explorerData.ts";

/** Hands a file to the browser to save. */
function save(blob: Blob, name: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** Saves the given rows of an explorer (in that order) as `<fileName>.csv` or `<fileName>.xlsx`. */
export async function downloadRows(
  explorer: ExplorerData,
  ordered: readonly number[],
  format: "csv" | "xlsx",
  fileName: string,
): Promise<void> {
  const table = downloadTable(explorer.index.columns, await explorer.rows(ordered), await explorer.labels());
  if (format === "csv") {
    save(
      new Blob([csvTable(table.header, table.rows)], { type: "text/csv;charset=utf-8" }),
      `${fileName}.csv`,
    );
    return;
  }
  const { default: writeXlsxFile } = await import("write-excel-file/universal");
  const sheet = [
    table.header.map((value) => ({ value, fontWeight: "bold" as const })),
    ...table.rows.map((row) =>
      row.map((value, i) => (value === "" ? null : table.numeric[i] ? { value: Number(value) } : { value })),
    ),
  ];
  save(await writeXlsxFile(sheet, { stickyRowsCount: 1 }).toBlob(), `${fileName}.xlsx`);
}

/** Wires a download button: shows `busy` while the file is prepared, runs `task`, reports failure with `failed`. */
export function downloadButton(
  button: HTMLButtonElement,
  busy: string,
  task: () => Promise<void>,
  failed: () => void,
): void {
  button.addEventListener("click", async () => {
    const label = button.textContent;
    button.textContent = busy;
    button.disabled = true;
    try {
      await task();
    } catch {
      failed();
    } finally {
      button.textContent = label;
      button.disabled = false;
    }
  });
}
