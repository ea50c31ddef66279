// Opens the dashboard's "more charts" boxes where there is room for them (wide screens) and whenever
// a link or the address points into one (`/id/#sdgs`), so that a chart one tap away on a phone is
// never hidden from a reader who asked for it. Without this script the boxes open with one tap.

/** Opens the `<details>` matching `selector` on wide screens, and any that holds the URL's target. */
export function revealDetails(selector: string): void {
  const boxes = [...document.querySelectorAll<HTMLDetailsElement>(selector)];
  if (matchMedia("(min-width: 60rem)").matches) for (const box of boxes) box.open = true;
  const reveal = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    const box = target?.closest<HTMLDetailsElement>(selector);
    if (target && box && !box.open) {
      box.open = true;
      target.scrollIntoView();
    }
  };
  reveal();
  window.addEventListener("hashchange", reveal);
}
