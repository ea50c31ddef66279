// The search page's script: runs the query in the URL (and each new one) against Pagefind's index,
// which is loaded only here and only when there is something to search for. Without this script
// the page offers the lists instead.

import { exactRecordFirst } from "../lib/search/exactRecordFirst.ts";

/** What Pagefind returns for one page (the subset shown here). */
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}

/** One hit of a Pagefind search; its data is fetched on demand. */
interface PagefindResult {
  data(): Promise<PagefindData>;
}

/** The part of Pagefind's browser API used here. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  debouncedSearch(
    term: string,
    options?: object,
    wait?: number,
  ): Promise<{ results: PagefindResult[] } | null>;
}

const pageSize = 10;

/** Copies Pagefind's excerpt (text with `<mark>`s) into an element as text and marks only. */
function fillExcerpt(target: HTMLElement, html: string): void {
  const template = document.createElement("template");
  template.innerHTML = html; // inert: nothing in a template runs or loads
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) target.append(node.textContent ?? "");
    else if (node instanceof HTMLElement && node.localName === "mark") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      target.append(mark);
    } else target.append(node.textContent ?? "");
  }
}

/** Renders one result: its type, its title linking to the page, and the matching words in context. */
function resultItem(data: PagefindData, kinds: Record<string, string>): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "search-result";
  const kind = data.filters.kind?.[0];
  const type = document.createElement("p");
  type.className = "search-result__kind";
  type.textContent = (kind && kinds[kind]) || "";
  const title = document.createElement("h2");
  title.className = "search-result__title";
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  title.append(link);
  const excerpt = document.createElement("p");
  excerpt.className = "search-result__excerpt";
  fillExcerpt(excerpt, data.excerpt);
  item.append(type, title, excerpt);
  return item;
}

/** Wires the search page's form to Pagefind; does nothing on other pages. */
export function startSiteSearch(): void {
  const form = document.querySelector<HTMLFormElement>("form[data-search]");
  const input = form?.querySelector<HTMLInputElement>("input[name=q]");
  const status = document.querySelector<HTMLElement>("[data-search-status]");
  const list = document.querySelector<HTMLOListElement>("[data-search-results]");
  const more = document.querySelector<HTMLButtonElement>("[data-search-more]");
  if (!form || !input || !status || !list || !more) return;
  const kinds = JSON.parse(form.dataset.kinds ?? "{}") as Record<string, string>;
  const say = JSON.parse(form.dataset.messages ?? "{}") as Record<string, string>;
  const numbers = new Intl.NumberFormat(document.documentElement.lang);
  let pagefind: Promise<Pagefind> | undefined;
  let pending: PagefindResult[] = [];

  const load = () => {
    // The index is in bundles of at most so many pages each (src/node/searchIndex.ts), listed per
    // language beside them: the first bundle's script is loaded (a variable URL keeps the bundler from
    // resolving it) and the others are merged into it, so one search covers them all.
    pagefind ??= fetch("/pagefind/bundles.json")
      .then((response) => response.json() as Promise<Record<string, { path: string; weight: number }[]>>)
      .then(async (listed) => {
        const [first, ...others] = listed[document.documentElement.lang] ?? [];
        if (!first) throw new Error("No search index for this language.");
        const api = (await import(/* @vite-ignore */ `${first.path}pagefind.js`)) as Pagefind;
        await api.options({ excerptLength: 24, indexWeight: first.weight });
        for (const { path, weight } of others)
          await api.mergeIndex(path, { excerptLength: 24, indexWeight: weight });
        return api;
      });
    return pagefind;
  };

  // The next page of results; on the first, a record whose address is the query (an id) comes first.
  const showMore = async (query?: string) => {
    const next = await Promise.all(pending.slice(0, pageSize).map((r) => r.data()));
    pending = pending.slice(pageSize);
    const ordered = query === undefined ? next : exactRecordFirst(next, query);
    list.append(...ordered.map((data) => resultItem(data, kinds)));
    more.hidden = pending.length === 0;
  };

  const run = async (query: string) => {
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    if (!query) {
      list.replaceChildren();
      status.textContent = "";
      more.hidden = true;
      return;
    }
    status.textContent = say.searching ?? "";
    try {
      const search = await (await load()).debouncedSearch(query);
      if (!search) return; // a newer query superseded this one
      list.replaceChildren();
      pending = search.results;
      const count = pending.length;
      const text = count === 0 ? say.none : count === 1 ? say.oneResult : say.results;
      status.textContent = (text ?? "").replace("{count}", numbers.format(count)).replace("{query}", query);
      await showMore(query);
    } catch {
      status.textContent = say.failed ?? "";
    }
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run(input.value.trim());
  });
  input.addEventListener("input", () => void run(input.value.trim()));
  more.addEventListener("click", () => void showMore());
  const initial = new URL(location.href).searchParams.get("q")?.trim() ?? "";
  input.value = initial;
  if (initial) void run(initial);
}
