// The order in which Astro renders the site's pages: those named here first (the activity pages'
// carriers, src/site/activityPages.ts), so that the worker thread writing the other activity pages
// from them starts as soon as the pages are planned instead of after every route before theirs
// (the API, downloads and charts). The list is on `globalThis`: the pages' modules (Astro's
// prerender bundle) name them and the page-order integration (src/node/pageProgress.ts) reads them,
// two module graphs in one process.

const key = Symbol.for("ksst-terbuka.renderFirst");

/** Names pages (their pathnames, as Astro gives them) that Astro renders before all others. */
export function renderFirst(pathnames: Iterable<string>): void {
  (globalThis as { [key]?: ReadonlySet<string> })[key] = new Set(pathnames);
}

/** Astro's list of pages with those named by `renderFirst` first, the others in their order. */
export function inRenderOrder<T extends { pathname: string }>(paths: readonly T[]): T[] {
  const first = (globalThis as { [key]?: ReadonlySet<string> })[key];
  if (!first || first.size === 0) return [...paths];
  const named = (path: T) => first.has(path.pathname);
  return [...paths.filter(named), ...paths.filter((path) => !named(path))];
}
