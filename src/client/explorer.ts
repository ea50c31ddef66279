// The explorers' script (activities, claims, finances): filters with live counts, sorting, pages,
// the whole state in the URL, and downloads of exactly the filtered rows with names beside codes.
// It loads the explorer's files (src/lib/explorer) only as a view needs them. Without it, the page
// is the full list in pages of 50, with links to the page of each place, sector, goal and organisation.
import { type DisplayCell, displayCell } from "../lib/explorer/displayCell.ts";
import type { ExplorerConfig } from "../lib/explorer/explorerConfig.ts";
import { ExplorerData, type ExplorerResult } from "../lib/explorer/explorerData.ts";
import {
  type ExplorerState,
  explorerQuery,
  isFiltered,
  parseExplorerState,
} from "../lib/explorer/explorerState.ts";
import { localeOf } from "../lib/format/locale.ts";
import { downloadButton, downloadRows } from "./downloadRows.ts";

/** Values shown in a facet before "show all". */
const shortList = 8;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Starts the explorer of the page, if it has one. */
export function startExplorer(): void {
  const root = document.querySelector<HTMLElement>("[data-explorer]");
  if (!root?.dataset.config) return;
  const config = JSON.parse(root.dataset.config) as ExplorerConfig;
  const q = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  const panel = q<HTMLDetailsElement>("[data-explorer-panel]");
  const summary = q<HTMLElement>("[data-explorer-summary]");
  const form = q<HTMLFormElement>("[data-explorer-form]");
  const status = q<HTMLElement>("[data-explorer-status]");
  const actions = q<HTMLElement>("[data-explorer-actions]");
  const tbody = q<HTMLElement>("[data-explorer-rows]");
  const pages = q<HTMLElement>("[data-explorer-pages]");
  const sortSelect = q<HTMLSelectElement>("[data-explorer-sort]");
  if (!panel || !summary || !form || !status || !actions || !tbody || !pages || !sortSelect) return;
  const { lang, text } = config;
  const numbers = new Intl.NumberFormat(localeOf(lang));
  const fill = (key: string, vars: Record<string, string | number> = {}) =>
    Object.entries(vars).reduce(
      (s, [k, v]) => s.replaceAll(`{${k}}`, typeof v === "number" ? numbers.format(v) : v),
      text[key] ?? key,
    );
  const things = (count: number) => fill(count === 1 ? "one" : "other", { count });

  let state = parseExplorerState(location.search, config.shape);
  if (!location.search && config.page > 1) state = { ...state, page: config.page };
  let result: ExplorerResult | undefined;
  const expanded = new Set<string>();
  const data = ExplorerData.open(async (file) => {
    const response = await fetch(`${config.base}${file}`);
    if (!response.ok) throw new Error(`${response.status} ${file}`);
    return response.json();
  }, lang);

  // Show the controls; on wide screens the filters stand open beside the results.
  panel.hidden = false;
  actions.hidden = false;
  if (matchMedia("(min-width: 60rem)").matches) panel.open = true;

  // Sorting: a select (phones show rows as cards) and buttons in the column headers.
  for (const d of config.display) {
    if (!d.sort) continue;
    for (const desc of [false, true]) {
      const value = desc ? `-${d.sort}` : d.sort;
      sortSelect.append(
        element(
          "option",
          { value },
          fill(desc ? "explorer.sortDesc" : "explorer.sortAsc", { column: d.header }),
        ),
      );
    }
  }
  const headers = [...root.querySelectorAll<HTMLTableCellElement>("th[data-sort]")];
  for (const th of headers) {
    const button = element(
      "button",
      { type: "button", class: "explorer__sort-button" },
      th.textContent?.trim() ?? "",
    );
    button.addEventListener("click", () => {
      const name = th.dataset.sort ?? "";
      // Numbers and dates sort largest and newest first; texts from A.
      const kind = config.display.find((d) => d.sort === name)?.kind ?? "text";
      const desc = state.sort.name === name ? !state.sort.desc : ["number", "amount", "date"].includes(kind);
      update({ ...state, sort: { name, desc }, page: 1 });
    });
    th.replaceChildren(button);
  }
  sortSelect.addEventListener("change", () => {
    const value = sortSelect.value;
    update({ ...state, sort: { name: value.replace(/^-/, ""), desc: value.startsWith("-") }, page: 1 });
  });

  /** Writes the state into the form's own fields (text, years, sort). */
  const showState = () => {
    const input = form.elements.namedItem("q") as HTMLInputElement | null;
    if (input && document.activeElement !== input) input.value = state.q;
    for (const name of ["from", "to"] as const) {
      const select = form.elements.namedItem(name) as HTMLSelectElement | null;
      if (select) select.value = state[name] === undefined ? "" : String(state[name]);
    }
    sortSelect.value = state.sort.desc ? `-${state.sort.name}` : state.sort.name;
    for (const th of headers) {
      const on = th.dataset.sort === state.sort.name;
      if (on) th.setAttribute("aria-sort", state.sort.desc ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
    }
    const chosen =
      Object.values(state.filters).reduce((n, v) => n + v.length, 0) +
      (state.from !== undefined || state.to !== undefined ? 1 : 0) +
      (state.q ? 1 : 0);
    summary.textContent =
      chosen > 0 ? fill("explorer.filtersChosen", { count: chosen }) : fill("explorer.filters");
    for (const details of root.querySelectorAll<HTMLElement>("[data-facet]")) {
      const n = state.filters[details.dataset.facet ?? ""]?.length ?? 0;
      const badge = details.querySelector("[data-facet-chosen]");
      if (badge) badge.textContent = n > 0 ? `(${numbers.format(n)})` : "";
    }
    // The language switch keeps the view.
    const other = document.querySelector<HTMLAnchorElement>(".lang-switch a[hreflang]");
    if (other) other.href = `${config.otherPath}${explorerQuery(state, config.shape)}`;
  };

  /** Renders one facet's values with how many rows each would give. */
  const renderFacet = async (details: HTMLDetailsElement) => {
    const name = details.dataset.facet ?? "";
    const box = details.querySelector<HTMLElement>("[data-values]");
    if (!box) return;
    const explorer = await data;
    const [counts, labels] = await Promise.all([explorer.counts(state, name), explorer.labels()]);
    const facet = explorer.index.facets.find((f) => f.name === name);
    const list = explorer.index.columns.find((c) => c.name === facet?.column)?.labels;
    const chosen = new Set(state.filters[name] ?? []);
    const values = facet?.values ?? [];
    const all = expanded.has(name);
    const shown = values.filter((v, i) => all || i < shortList || chosen.has(v.key));
    box.replaceChildren(
      ...shown.map((v) => {
        const count = counts.get(v.key) ?? 0;
        const input = element("input", { type: "checkbox", name, value: v.key });
        input.checked = chosen.has(v.key);
        return element(
          "label",
          { class: count === 0 && !input.checked ? "explorer__value is-empty" : "explorer__value" },
          input,
          element("span", {}, (list ? labels[list]?.[v.key] : undefined) ?? v.key),
          element("span", { class: "explorer__count" }, numbers.format(count)),
        );
      }),
    );
    if (values.length > shortList) {
      const more = element(
        "button",
        { type: "button", class: "button button--quiet explorer__more" },
        all ? fill("explorer.showFewer") : fill("explorer.showAll", { count: values.length }),
      );
      more.addEventListener("click", () => {
        if (all) expanded.delete(name);
        else expanded.add(name);
        void renderFacet(details);
      });
      box.append(more);
    }
  };

  const cellNode = (cell: DisplayCell) =>
    cell.href ? element("a", { href: cell.href }, cell.text) : cell.text;

  /** Renders the current page of rows, the status line and the page links. */
  const renderRows = async (explorer: ExplorerData, found: ExplorerResult) => {
    const total = found.ordered.length;
    const pageCount = Math.max(1, Math.ceil(total / config.pageSize));
    const page = Math.min(state.page, pageCount);
    const slice = found.ordered.slice((page - 1) * config.pageSize, page * config.pageSize);
    const [rows, labels] = await Promise.all([explorer.viewRows(slice), explorer.labels()]);
    const columns = explorer.viewColumns();
    const title = config.display.findIndex((d) => d.kind === "link");
    tbody.replaceChildren(
      ...rows.map((row) =>
        element(
          "tr",
          { role: "row" },
          ...config.display.map((d, i) => {
            const cell = displayCell(d, row, columns, labels, lang);
            if (i === title) {
              const th = element(
                "th",
                { scope: "row", role: "rowheader", class: "explorer-table__title" },
                cellNode(cell),
              );
              if (cell.code) th.append(element("span", { class: "code" }, cell.code));
              return th;
            }
            const td = element(
              "td",
              { role: "cell", "data-label": `${d.header}${d.marker ?? ""}` },
              cellNode(cell),
            );
            if (d.numeric) td.className = "num";
            return td;
          }),
        ),
      ),
    );
    status.textContent =
      total === 0
        ? fill("explorer.none")
        : isFiltered(state)
          ? fill("explorer.matching", { things: things(total), total: explorer.index.total })
          : fill("explorer.all", { things: things(total) });
    const link = (n: number, label: string, rel?: string) => {
      const a = element(
        "a",
        { href: `${config.path}${explorerQuery({ ...state, page: n }, config.shape)}` },
        label,
      );
      if (rel) a.rel = rel;
      a.addEventListener("click", (event) => {
        event.preventDefault();
        update({ ...state, page: n }, false);
        root.scrollIntoView({ block: "start" });
      });
      return a;
    };
    pages.replaceChildren(
      ...(pageCount > 1
        ? [
            element(
              "p",
              {},
              ...(page > 1 ? [link(page - 1, fill("explorer.prev"), "prev"), " "] : []),
              element("span", {}, fill("explorer.page", { page, pages: pageCount })),
              ...(page < pageCount ? [" ", link(page + 1, fill("explorer.next"), "next")] : []),
            ),
          ]
        : []),
    );
  };

  let generation = 0;
  /** Runs the state's query and renders rows and the open facets. */
  const refresh = async () => {
    generation += 1;
    const mine = generation;
    try {
      const explorer = await data;
      const found = await explorer.query(state);
      if (mine !== generation) return;
      result = found;
      await renderRows(explorer, found);
      await Promise.all(
        [...root.querySelectorAll<HTMLDetailsElement>("details[data-facet]")]
          .filter((d) => d.open)
          .map(renderFacet),
      );
    } catch {
      status.textContent = fill("explorer.failed");
    }
  };

  /** Moves to a new state: the URL, the form and the results follow. */
  const update = (next: ExplorerState, resetPage = true) => {
    state = resetPage ? { ...next, page: 1 } : next;
    history.pushState(null, "", `${config.path}${explorerQuery(state, config.shape)}`);
    showState();
    void refresh();
  };

  form.addEventListener("change", (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === "from" || target.name === "to") {
      const value = target.value === "" ? undefined : Number(target.value);
      const next = { ...state };
      if (value === undefined) delete next[target.name];
      else next[target.name] = value;
      update(next);
    } else if (target instanceof HTMLInputElement && target.type === "checkbox") {
      const values = new Set(state.filters[target.name] ?? []);
      if (target.checked) values.add(target.value);
      else values.delete(target.value);
      update({ ...state, filters: { ...state.filters, [target.name]: [...values].sort() } });
    }
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener("input", (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name !== "q") return;
    clearTimeout(typing);
    typing = setTimeout(() => update({ ...state, q: target.value.trim() }), 250);
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("reset", (event) => {
    event.preventDefault();
    update({ filters: {}, q: "", sort: state.sort, page: 1 });
  });
  for (const details of root.querySelectorAll<HTMLDetailsElement>("details[data-facet]"))
    details.addEventListener("toggle", () => {
      if (details.open) void renderFacet(details);
    });
  window.addEventListener("popstate", () => {
    state = parseExplorerState(location.search, config.shape);
    showState();
    void refresh();
  });

  // Downloads of exactly the rows the filters give, in the order of the current sort.
  for (const button of root.querySelectorAll<HTMLButtonElement>("[data-download]")) {
    const format = button.dataset.download === "xlsx" ? "xlsx" : "csv";
    downloadButton(
      button,
      fill("explorer.preparing"),
      async () => {
        const explorer = await data;
        const found = result ?? (await explorer.query(state));
        await downloadRows(explorer, found.ordered, format, config.fileName);
      },
      () => {
        status.textContent = fill("explorer.failed");
      },
    );
  }
  const share = q<HTMLButtonElement>("[data-share]");
  share?.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      const label = share.textContent;
      share.textContent = fill("explorer.copied");
      setTimeout(() => {
        share.textContent = label;
      }, 2000);
    } catch {
      // No clipboard (e.g. an insecure context): the address bar holds the same link.
    }
  });

  showState();
  const stored =
    !isFiltered(state) &&
    state.sort.name === config.shape.defaultSort.name &&
    state.sort.desc === config.shape.defaultSort.desc &&
    state.page === config.page;
  // The built page already shows the stored order's rows: fetch nothing until the reader asks.
  if (!stored) void refresh();
}
