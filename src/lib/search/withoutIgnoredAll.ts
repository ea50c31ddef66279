import { voidElements } from "../html/voidElements.ts";

/** What marks an element whose whole content, its children included, Pagefind leaves out of the index. */
const ignoreAll = 'data-pagefind-ignore="all"';

/**
 * A built page's HTML without the elements marked `data-pagefind-ignore="all"`, which Pagefind would
 * parse only to leave out: the same index for less work (an activity page's "All fields" rows are about
 * half its bytes). Expects the well-formed HTML a build writes (text escaped, so the marker is only ever
 * an attribute); an element whose end it cannot find is left in, and the page with it.
 */
export function withoutIgnoredAll(html: string): string {
  let out = "";
  let at = 0;
  for (let found = html.indexOf(ignoreAll, at); found >= 0; found = html.indexOf(ignoreAll, at)) {
    const open = html.lastIndexOf("<", found);
    const tagEnd = html.indexOf(">", found);
    const name = /^<([a-zA-Z][a-zA-Z0-9-]*)[\s/]/.exec(html.slice(open, open + 64))?.[1]?.toLowerCase();
    if (open < at || !name || html.lastIndexOf(">", found) > open || tagEnd < 0) return out + html.slice(at);
    let end = tagEnd + 1;
    if (!voidElements.has(name) && html[tagEnd - 1] !== "/") {
      const tags = new RegExp(`<(/?)${name}(?=[\\s/>])`, "gi");
      tags.lastIndex = end;
      let depth = 1;
      let tag: RegExpExecArray | null = null;
      while (depth > 0) {
        tag = tags.exec(html);
        if (!tag) return out + html.slice(at);
        depth += tag[1] ? -1 : 1;
      }
      const close = tag ? html.indexOf(">", tag.index) : -1;
      if (close < 0) return out + html.slice(at);
      end = close + 1;
    }
    out += html.slice(at, open);
    at = end;
  }
  return out + html.slice(at);
}
