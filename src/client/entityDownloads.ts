// Download buttons on entity pages (a country, a province, an organisation…): the rows that name
// it, from the explorer's files, with names beside codes. Without this script the page links to
// the explorer view of the same rows and to the whole dataset.
import { ExplorerData } from "../lib/explorer/explorerData.ts";
import { parseExplorerState } from "../lib/explorer/explorerState.ts";
import type { Lang } from "../lib/model.ts";
import { downloadButton, downloadRows } from "./downloadRows.ts";

/** Shows and wires every `[data-rows-download]` box of the page. */
export function startEntityDownloads(): void {
  const lang = (document.documentElement.lang === "en" ? "en" : "id") as Lang;
  for (const box of document.querySelectorAll<HTMLElement>("[data-rows-download]")) {
    const { base = "", query = "", file = "rows", busy = "", failed = "" } = box.dataset;
    let explorer: Promise<ExplorerData> | undefined;
    const open = () => {
      explorer ??= ExplorerData.open(async (name) => {
        const response = await fetch(`${base}${name}`);
        if (!response.ok) throw new Error(`${response.status} ${name}`);
        return response.json();
      }, lang);
      return explorer;
    };
    for (const button of box.querySelectorAll<HTMLButtonElement>("button[data-download]")) {
      const format = button.dataset.download === "xlsx" ? "xlsx" : "csv";
      downloadButton(
        button,
        busy,
        async () => {
          const data = await open();
          const { ordered } = await data.query(parseExplorerState(query, data.index));
          await downloadRows(data, ordered, format, file);
        },
        () => {
          box.append(Object.assign(document.createElement("p"), { className: "note", textContent: failed }));
        },
      );
    }
    box.hidden = false;
  }
}
