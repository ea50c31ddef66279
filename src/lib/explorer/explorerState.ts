import type { ExplorerShape, SortOrder } from "./explorerSpec.ts";

/** Everything a reader chose in an explorer: it lives in the URL, so a view can be shared and bookmarked. */
export interface ExplorerState {
  /** Chosen values by facet name; a row matches when it has any chosen value of every facet. */
  filters: Readonly<Record<string, readonly string[]>>;
  /** The range facet's bounds (inclusive), when set. */
  from?: number;
  to?: number;
  /** Free text, as typed. */
  q: string;
  sort: SortOrder;
  /** The page of results, from 1. */
  page: number;
}

/** Returns the state of an explorer with nothing chosen. */
export function emptyState(shape: ExplorerShape): ExplorerState {
  return { filters: {}, q: "", sort: { ...shape.defaultSort }, page: 1 };
}

/** Reads a whole number from a URL parameter, or undefined when it is not one. */
function whole(value: string | null): number | undefined {
  return value !== null && /^-?\d{1,9}$/.test(value.trim()) ? Number(value) : undefined;
}

/**
 * Reads an explorer's state from a URL's query (`?country=TL&country=FJ&from=2015&sort=-title&page=2`).
 * Unknown parameters and values that cannot be read are ignored, so an old or edited link still opens.
 */
export function parseExplorerState(query: string | URLSearchParams, shape: ExplorerShape): ExplorerState {
  const params = typeof query === "string" ? new URLSearchParams(query) : query;
  const state = emptyState(shape);
  const filters: Record<string, string[]> = {};
  for (const facet of shape.facets) {
    if (facet.range) continue;
    const values = [...new Set(params.getAll(facet.name).filter((v) => v !== ""))];
    if (values.length > 0) filters[facet.name] = values.sort();
  }
  state.filters = filters;
  if (shape.facets.some((f) => f.range)) {
    const from = whole(params.get("from"));
    const to = whole(params.get("to"));
    if (from !== undefined) state.from = from;
    if (to !== undefined) state.to = to;
    if (from !== undefined && to !== undefined && from > to) {
      state.from = to;
      state.to = from;
    }
  }
  state.q = (params.get("q") ?? "").trim().slice(0, 200);
  const sort = params.get("sort");
  if (sort) {
    const desc = sort.startsWith("-");
    const name = desc ? sort.slice(1) : sort;
    if (shape.sorts.some((s) => s.name === name)) state.sort = { name, desc };
  }
  state.page = Math.max(1, whole(params.get("page")) ?? 1);
  return state;
}

/**
 * Writes an explorer's state as a URL query in a canonical order (facets in the explorer's order,
 * values sorted), leaving out what is the default; an empty string for the state with nothing chosen.
 */
export function explorerQuery(state: ExplorerState, shape: ExplorerShape): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const facet of shape.facets) {
    if (facet.range) {
      if (state.from !== undefined) params.set("from", String(state.from));
      if (state.to !== undefined) params.set("to", String(state.to));
      continue;
    }
    for (const value of [...(state.filters[facet.name] ?? [])].sort()) params.append(facet.name, value);
  }
  const { name, desc } = state.sort;
  if (name !== shape.defaultSort.name || desc !== shape.defaultSort.desc)
    params.set("sort", desc ? `-${name}` : name);
  if (state.page > 1) params.set("page", String(state.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Tells whether anything narrows the rows (a value, a range or text), as opposed to only sorting or paging. */
export function isFiltered(state: ExplorerState): boolean {
  return (
    state.q !== "" ||
    state.from !== undefined ||
    state.to !== undefined ||
    Object.values(state.filters).some((values) => values.length > 0)
  );
}
