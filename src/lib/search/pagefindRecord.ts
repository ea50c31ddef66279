/**
 * What Pagefind's HTML parser (Pagefind 1.6, `pagefind/src/fossick/parser.rs`) makes of a built page, made
 * here instead, so that the page can be handed to Pagefind as a custom record (`addCustomRecord`) and not
 * as HTML to be parsed again: the same text with the same weight and anchor markers (which Pagefind reads
 * from a record's content as from a parsed page's), the same title, filters and language. A record costs
 * Pagefind about a third less CPU than the page it stands for (docs/find.md).
 *
 * It follows the parser's rules for the HTML a build writes: every element of `<html>` is a node; a node
 * marked `data-pagefind-ignore` (or matching an excluded selector, or one of the elements Pagefind always
 * leaves out) keeps its text to itself, one marked `="all"` its filters too; `data-pagefind-body` keeps
 * only its own text for the page; block elements are set apart with a space and, after a word, a full
 * stop; `h1`–`h6` and `data-pagefind-weight` wrap their text in weight markers; an `id` outside what is
 * left out adds an anchor marker. Anything it does not expect (an end tag that closes no open element,
 * a character reference it does not know, a Pagefind attribute it does not follow, a selector form it
 * cannot match) gives `undefined`, and the page is then handed over as HTML.
 */

import { voidElements } from "../html/voidElements.ts";

/** A page as a Pagefind custom record. */
export interface PagefindRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Elements Pagefind always leaves out of a page's text (its `REMOVE_SELECTORS`). */
const removedTags = [
  "head",
  "style",
  "script",
  "noscript",
  "label",
  "form",
  "svg",
  "footer",
  "nav",
  "iframe",
  "template",
];

/** Elements whose text is set apart as a sentence (its `SENTENCE_SELECTORS`). */
const sentenceTags = new Set([
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "p",
  "td",
  "div",
  "ul",
  "li",
  "article",
  "section",
]);

const headingWeights = new Map([
  ["h1", "7"],
  ["h2", "6"],
  ["h3", "5"],
  ["h4", "4"],
  ["h5", "3"],
  ["h6", "2"],
]);

/** Elements whose content is text up to their end tag, never markup. */
const rawTextTags = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"]);

/** After which last character a block element's text gets a full stop (Rust's Unicode `\w` and `'")$*`). */
const sentenceEnd = /[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}'")$*]$/u;

/** The character references a build writes (Astro's escaping and ours), and numeric ones. */
const namedReferences: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

/** Characters where JavaScript's and Rust's ideas of white space differ: a page with one is parsed by Pagefind. */
const ambiguousSpace = /[\u0085\u180e\ufeff]/;

type Status = "indexing" | "ignored" | "excluded" | "body" | "parentOfBody";

interface Node {
  tag: string;
  classes: readonly string[];
  value: string;
  /**
   * The last two UTF-16 units of `value` ("" while it is empty): `value` is built by concatenation, and
   * reading its end would flatten it again at every element.
   */
  tail: string;
  parent: Node | undefined;
  status: Status;
  weight: string | undefined;
  filter: [string, string] | undefined;
  foreign: boolean;
}

/** A simple selector: a tag name or one class. */
type Simple = { tag: string } | { cls: string };

/** `selector`'s parts from the outermost (descendant combinators only), or undefined for a form not followed. */
function parseSelector(selector: string): Simple[] | undefined {
  const parts: Simple[] = [];
  for (const part of selector.trim().split(/\s+/)) {
    if (/^[a-z][a-z0-9-]*$/.test(part)) parts.push({ tag: part });
    else if (/^\.[A-Za-z_][\w-]*$/.test(part)) parts.push({ cls: part.slice(1) });
    else return undefined;
  }
  return parts.length > 0 ? parts : undefined;
}

const noClasses: readonly string[] = [];

const matchesSimple = (node: Node, simple: Simple): boolean =>
  "tag" in simple ? node.tag === simple.tag : node.classes.includes(simple.cls);

/** Whether `node` matches `html <selector>` (the parser prefixes every exclusion with its root, `html`). */
function matches(node: Node, parts: Simple[]): boolean {
  const last = parts[parts.length - 1];
  if (!last || !matchesSimple(node, last)) return false;
  let i = parts.length - 2;
  let ancestor = node.parent;
  for (; i >= 0 && ancestor; ancestor = ancestor.parent) {
    const part = parts[i];
    if (part && matchesSimple(ancestor, part)) i -= 1;
  }
  if (i >= 0) return false;
  // Above all of them, an `html` element.
  for (; ancestor; ancestor = ancestor.parent) if (ancestor.tag === "html") return true;
  return false;
}

/** Decodes the character references of a text, or undefined if one is not known here. */
function decodeReferences(text: string): string | undefined {
  let unknown = false;
  const decoded = text.replace(
    /&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/g,
    (whole, name: string) => {
      if (name.startsWith("#")) {
        const code =
          name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        if (!whole.endsWith(";") || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
          unknown = true;
          return whole;
        }
        return String.fromCodePoint(code);
      }
      const char = whole.endsWith(";") ? namedReferences[name] : undefined;
      if (char === undefined) unknown = true;
      return char ?? whole;
    },
  );
  return unknown ? undefined : decoded;
}

/** Pagefind's `normalize_content`: references decoded, ends trimmed, line breaks and runs of spaces made one space. */
function normalized(text: string): string | undefined {
  const decoded = decodeReferences(text);
  if (decoded === undefined) return undefined;
  return decoded
    .trim()
    .replace(/(\n|\r\n)+/g, " ")
    .replace(/\s{2,}/g, " ");
}

/** The attributes of a start tag that Pagefind's parser reads. */
interface Attributes {
  lang?: string | undefined;
  id?: string | undefined;
  class?: string | undefined;
  "data-pagefind-ignore"?: string | undefined;
  "data-pagefind-body"?: string | undefined;
  "data-pagefind-weight"?: string | undefined;
  "data-pagefind-filter"?: string | undefined;
}

/** The attributes Pagefind's parser reads, by their name in lower case. */
const followed = new Map<string, keyof Attributes>(
  (
    [
      "lang",
      "id",
      "class",
      "data-pagefind-ignore",
      "data-pagefind-body",
      "data-pagefind-weight",
      "data-pagefind-filter",
    ] as const
  ).map((name) => [name, name]),
);

/** One shape for every tag's attributes (an object with keys added as found is slow to fill). */
const newAttributes = (): Attributes => ({
  lang: undefined,
  id: undefined,
  class: undefined,
  "data-pagefind-ignore": undefined,
  "data-pagefind-body": undefined,
  "data-pagefind-weight": undefined,
  "data-pagefind-filter": undefined,
});

/** A tag's attributes when it has none that Pagefind reads (shared: never written to). */
const noAttributes: Readonly<Attributes> = Object.freeze(newAttributes());

/**
 * Whether an attribute name starting with this UTF-16 unit may be one Pagefind reads (`lang`, `id`,
 * `class`, `data-pagefind-…`, in any case): the others (`href`, `rel`, `aria-…`, …) are skipped
 * without being copied out of the page.
 */
const mayBeFollowed = (c: number): boolean =>
  c === 108 || c === 105 || c === 99 || c === 100 || c === 76 || c === 73 || c === 67 || c === 68;

/** A tag read by `readTag`: where it ends, its name (lower case), and for a start tag its attributes. */
interface Tag {
  end: number;
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attributes: Attributes;
}

/** Whether a UTF-16 unit is HTML's white space (tab, line feed, form feed, carriage return, space). */
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 12;

/**
 * The tag that starts at `lt` (a `<` followed by a letter, or `</` and a letter), read as HTML's tokenizer
 * reads one (a quoted value may hold `>`), keeping only the attributes Pagefind reads (the first of a
 * repeated name, as in HTML); undefined if it has another of Pagefind's attributes, which are not followed
 * here, or does not end.
 */
function readTag(html: string, lt: number): Tag | undefined {
  const closing = html.charCodeAt(lt + 1) === 47;
  const n = html.length;
  let i = closing ? lt + 2 : lt + 1;
  const nameStart = i;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (isSpace(c) || c === 62 || c === 47) break;
    i += 1;
  }
  const name = html.slice(nameStart, i).toLowerCase();
  // Made when the tag has an attribute that Pagefind reads (most have none).
  let attributes: Attributes = noAttributes;
  let selfClosing = false;
  while (i < n) {
    let c = html.charCodeAt(i);
    if (isSpace(c)) {
      i += 1;
      continue;
    }
    if (c === 62) return { end: i + 1, name, closing, selfClosing, attributes };
    if (c === 47) {
      selfClosing = html.charCodeAt(i + 1) === 62;
      i += 1;
      continue;
    }
    selfClosing = false;
    const attributeStart = i;
    i += 1;
    while (i < n) {
      c = html.charCodeAt(i);
      if (isSpace(c) || c === 61 || c === 62 || c === 47) break;
      i += 1;
    }
    let kept: keyof Attributes | undefined;
    if (mayBeFollowed(html.charCodeAt(attributeStart))) {
      const attribute = html.slice(attributeStart, i).toLowerCase();
      kept = followed.get(attribute);
      if (kept === undefined && attribute.startsWith("data-pagefind-")) return undefined;
    }
    let j = i;
    while (j < n && isSpace(html.charCodeAt(j))) j += 1;
    let value = "";
    if (html.charCodeAt(j) === 61) {
      j += 1;
      while (j < n && isSpace(html.charCodeAt(j))) j += 1;
      const quote = html.charCodeAt(j);
      if (quote === 34 || quote === 39) {
        const close = html.indexOf(quote === 34 ? '"' : "'", j + 1);
        if (close < 0) return undefined;
        if (kept) value = html.slice(j + 1, close);
        i = close + 1;
      } else {
        const valueStart = j;
        while (j < n && !isSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== 62) j += 1;
        if (kept) value = html.slice(valueStart, j);
        i = j;
      }
    }
    if (kept !== undefined) {
      if (attributes === noAttributes) attributes = newAttributes();
      attributes[kept] ??= value;
    }
  }
  return undefined;
}

/** Exclusion selectors by their last part, so that an element is tried only against those that may match it. */
interface Exclusions {
  byTag: Map<string, Simple[][]>;
  byClass: Map<string, Simple[][]>;
}

/** The exclusions of each list of selectors a build passes (the same list for every page), or null for a form not followed. */
const exclusionsFor = new WeakMap<readonly string[], Exclusions | null>();

function exclusionsOf(excludeSelectors: readonly string[]): Exclusions | undefined {
  let exclusions = exclusionsFor.get(excludeSelectors);
  if (exclusions === undefined) {
    exclusions = { byTag: new Map(), byClass: new Map() };
    for (const selector of [...excludeSelectors, ...removedTags]) {
      const parts = parseSelector(selector);
      const last = parts?.[parts.length - 1];
      if (!parts || !last) {
        exclusions = null;
        break;
      }
      const [map, key] = "tag" in last ? [exclusions.byTag, last.tag] : [exclusions.byClass, last.cls];
      map.set(key, [...(map.get(key) ?? []), parts]);
    }
    exclusionsFor.set(excludeSelectors, exclusions);
  }
  return exclusions ?? undefined;
}

/**
 * The classes of a `class` attribute's value, split once per value seen (the pages of a site repeat the
 * same few hundred values): shared lists, never written to. At most `classListsKept` values are kept.
 */
const classLists = new Map<string, readonly string[]>();
const classListsKept = 10_000;

function classList(value: string): readonly string[] {
  let list = classLists.get(value);
  if (!list) {
    list = value.split(/\s+/).filter(Boolean);
    if (classLists.size >= classListsKept) classLists.clear();
    classLists.set(value, list);
  }
  return list;
}

/** Whether the UTF-16 unit is an ASCII letter (a tag name's first character). */
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The page `html` (as a build writes it) as the custom record Pagefind would index for it at `url`, with the
 * given exclusion selectors (Pagefind's `excludeSelectors`), or undefined when the page must be handed to
 * Pagefind as HTML: it is not searchable (no text), or it holds something this does not follow.
 */
export function pagefindRecord(
  html: string,
  url: string,
  excludeSelectors: readonly string[],
): PagefindRecord | undefined {
  const exclusions = exclusionsOf(excludeSelectors);
  if (!exclusions) return undefined;
  const { byTag, byClass } = exclusions;
  const excluded = (node: Node): boolean =>
    (byTag.get(node.tag)?.some((parts) => matches(node, parts)) ?? false) ||
    node.classes.some((cls) => byClass.get(cls)?.some((parts) => matches(node, parts)) ?? false);

  const root: Node = {
    tag: "",
    classes: [],
    value: "",
    tail: "",
    parent: undefined,
    status: "indexing",
    weight: undefined,
    filter: undefined,
    foreign: false,
  };
  let current = root;
  let inHtml = 0;
  let language: string | undefined;
  let anchors = 0;
  let title: string | undefined;
  let pageTitle: string | undefined;
  const filters: Record<string, string[]> = {};
  let failed = false;

  /** Adds `text`, which ends with `tail`, to the end of a node's value. */
  const append = (node: Node, text: string, tail: string) => {
    node.value += text;
    if (tail.length > 0) node.tail = tail.length > 1 ? tail : (node.tail + tail).slice(-2);
  };
  const addText = (text: string) => {
    if (inHtml > 0 && text.length > 0) append(current, text, text.length > 1 ? text.slice(-2) : text);
  };

  /** An element's end: its filter, titles, and its text handed to its parent by the parser's rules. */
  const close = (node: Node, hasEnd: boolean) => {
    current = node.parent ?? root;
    if (node.status === "excluded") return;
    if (node.filter) {
      const value = normalized(node.filter[1]);
      if (value === undefined) failed = true;
      else filters[node.filter[0]] = [...(filters[node.filter[0]] ?? []), value];
    }
    if (!hasEnd) return;
    if (node.tag === "h1" && title === undefined && node.value.trim() !== "") {
      title = normalized(node.value);
      if (title === undefined) failed = true;
    }
    if (node.tag === "title" && pageTitle === undefined) {
      pageTitle = normalized(node.value);
      if (pageTitle === undefined) failed = true;
    }
    if (node.status === "ignored") return;
    let value = node.value;
    let tail = node.tail;
    if (sentenceTags.has(node.tag)) {
      value = ` ${value}`;
      // The last character only (a regular expression anchored at the end would try every position).
      if (sentenceEnd.test(tail === "" ? " " : tail)) value += ".";
      value += " ";
      tail = " ";
    }
    const weight = node.weight ?? headingWeights.get(node.tag);
    if (weight !== undefined) {
      const marker = node.weight !== undefined ? "___PAGEFIND_WEIGHT___" : "___PAGEFIND_AUTO_WEIGHT___";
      value = ` ${marker}${weight} ${value} ___END_PAGEFIND_WEIGHT___ `;
      tail = " ";
    }
    const parent = current;
    if (parent.status === "parentOfBody" && node.status !== "body" && node.status !== "parentOfBody") return;
    if (node.status !== "indexing" && parent.status !== "parentOfBody") {
      parent.value = "";
      parent.tail = "";
    }
    append(parent, value, tail);
    if (node.status !== "indexing") parent.status = "parentOfBody";
  };

  const n = html.length;
  let at = 0;
  while (!failed) {
    const lt = html.indexOf("<", at);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    if (next === 33 || next === 63) {
      // A comment, doctype or processing instruction: no text, no element.
      if (lt > at) addText(html.slice(at, lt));
      const end = html.startsWith("<!--", lt) ? html.indexOf("-->", lt + 4) + 3 : html.indexOf(">", lt) + 1;
      if (end <= 0) return undefined;
      at = end;
      continue;
    }
    if (!isLetter(next) && !(next === 47 && isLetter(html.charCodeAt(lt + 2)))) {
      if (lt + 1 >= n) break;
      return undefined; // a "<" that is text: the build escapes those
    }
    if (lt > at) addText(html.slice(at, lt));
    const tag = readTag(html, lt);
    if (!tag) return undefined;
    at = tag.end;
    const { name, attributes } = tag;
    if (tag.closing) {
      if (name !== current.tag) return undefined;
      if (name === "html") inHtml -= 1;
      close(current, true);
      continue;
    }
    if (name === "html") {
      inHtml += 1;
      language = attributes.lang?.toLowerCase();
    }
    if (inHtml === 0) {
      if (voidElements.has(name) || tag.selfClosing) continue;
      return undefined; // an element outside <html>: not a page as a build writes it
    }
    const ignore = attributes["data-pagefind-ignore"];
    let status: Status = "indexing";
    if (attributes["data-pagefind-body"] !== undefined) status = "body";
    else if (ignore !== undefined) {
      const flag = ignore.toLowerCase();
      if (flag === "" || flag === "index" || flag === "true") status = "ignored";
      else status = "excluded";
    }
    let filter: [string, string] | undefined;
    const filterAttribute = attributes["data-pagefind-filter"];
    if (filterAttribute !== undefined) {
      const colon = filterAttribute.indexOf(":");
      const key = filterAttribute.slice(0, colon).trim();
      // Only the literal form (`name:value`) is followed.
      if (colon < 0 || key === "" || /[,[\]]/.test(key)) return undefined;
      filter = [key, filterAttribute.slice(colon + 1)];
    }
    const id = attributes.id?.replace(/\s/g, "");
    if (id !== undefined && status !== "excluded" && status !== "ignored") {
      if (!(current.status === "parentOfBody" && status !== "body")) {
        append(current, ` ___PAGEFIND_ANCHOR___${name}:${anchors}:${id} `, " ");
        anchors += 1;
      }
    }
    if (name === "br" && status !== "excluded") append(current, " ", " ");
    const node: Node = {
      tag: name,
      classes: attributes.class === undefined ? noClasses : classList(attributes.class),
      value: "",
      tail: "",
      parent: current,
      status: current.status === "excluded" ? "excluded" : status,
      weight: attributes["data-pagefind-weight"],
      filter,
      foreign: current.foreign || name === "svg" || name === "math",
    };
    if (excluded(node)) node.status = "ignored";
    if (voidElements.has(name) || (node.foreign && tag.selfClosing)) {
      // After the first title, Pagefind takes the page's image from an image: not followed here.
      if (name === "img" && title !== undefined) return undefined;
      close(node, false);
      continue;
    }
    current = node;
    if (rawTextTags.has(name) && !node.foreign) {
      const endTag = new RegExp(`</${name}`, "gi");
      endTag.lastIndex = at;
      const end = endTag.exec(html)?.index;
      if (end === undefined) return undefined;
      addText(html.slice(at, end));
      at = end;
    }
  }
  if (failed || current !== root) return undefined;
  addText(html.slice(at));
  if (root.status !== "parentOfBody" || language === undefined || language === "") return undefined;
  const content = normalized(root.value);
  const recordTitle = title ?? pageTitle;
  if (ambiguousSpace.test(root.value) || (recordTitle !== undefined && ambiguousSpace.test(recordTitle)))
    return undefined;
  if (content === undefined || content === "") return undefined;
  return { url, content, language, meta: recordTitle === undefined ? {} : { title: recordTitle }, filters };
}
