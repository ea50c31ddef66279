/** What a page loads for its first view, by kind, read from its HTML. */
export interface PageAssets {
  /** Site paths of the stylesheets it links. */
  stylesheets: string[];
  /** Site paths of the external scripts it loads. */
  scripts: string[];
  /** The text of its inline scripts (counted as JavaScript). */
  inlineScripts: string[];
  /** Site paths of images it loads: `<img src>`, icons and preloaded images. */
  images: string[];
}

/** Reads one attribute of a tag's markup. */
function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i")
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);
}

/** Keeps only paths on the same site (not `https://…`, `data:` or protocol-relative ones). */
function local(path: string | undefined): path is string {
  return path?.startsWith("/") === true && !path.startsWith("//");
}

/**
 * Lists what a page's HTML makes the browser load at first view: linked stylesheets, external and
 * inline scripts, and images (lazy-loaded images are left out, as they wait for scrolling).
 */
export function pageAssets(html: string): PageAssets {
  const tags = (name: string) => html.match(new RegExp(`<${name}\\b[^>]*>`, "gi")) ?? [];
  const links = tags("link");
  const rel = (tag: string) => (attribute(tag, "rel") ?? "").toLowerCase().split(/\s+/);
  const stylesheets = links.filter((l) => rel(l).includes("stylesheet")).map((l) => attribute(l, "href"));
  const icons = links
    .filter((l) => rel(l).includes("icon") || (rel(l).includes("preload") && attribute(l, "as") === "image"))
    .map((l) => attribute(l, "href"));
  const images = tags("img")
    .filter((img) => attribute(img, "loading") !== "lazy")
    .map((img) => attribute(img, "src"));
  const scripts: string[] = [];
  const inlineScripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const open = `<script ${match[1] ?? ""}>`;
    const type = attribute(open, "type");
    if (type && !/module|javascript/i.test(type)) continue; // JSON-LD and other data blocks
    const src = attribute(open, "src");
    if (src !== undefined) {
      if (local(src)) scripts.push(src);
    } else inlineScripts.push(match[2] ?? "");
  }
  return {
    stylesheets: stylesheets.filter(local),
    scripts,
    inlineScripts,
    images: [...icons, ...images].filter(local),
  };
}
