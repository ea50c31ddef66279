import { escapeXml } from "../text/escapeXml.ts";
/** A link of an Atom feed or entry (RFC 4287 §4.2.7). */
export interface AtomLink {
  href: string;
  rel?: "alternate" | "self" | "related" | "enclosure" | "via";
  type?: string;
  hreflang?: string;
  title?: string;
}

/** One entry of an Atom feed. */
export interface AtomEntry {
  /** A permanent IRI that never changes for this entry (e.g. the release page URL). */
  id: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  published?: string;
  links: AtomLink[];
  summary?: string;
  /** HTML content, escaped into `<content type="html">`. */
  contentHtml?: string;
}

/** An Atom feed (RFC 4287). */
export interface AtomFeedInput {
  id: string;
  title: string;
  subtitle?: string;
  /** RFC 3339 date-time: the latest entry's, so identical inputs give identical feeds. */
  updated: string;
  /** `xml:lang` of the feed's text. */
  lang?: string;
  author: { name: string; uri?: string };
  links: AtomLink[];
  rights?: string;
  entries: AtomEntry[];
}

/** Writes an Atom 1.0 feed as an XML string, with every text escaped. */
export function atomFeed(feed: AtomFeedInput): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${feed.lang ? ` xml:lang="${escapeXml(feed.lang)}"` : ""}>`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${escapeXml(feed.updated)}</updated>`,
    "  <author>",
    `    <name>${escapeXml(feed.author.name)}</name>`,
    ...(feed.author.uri ? [`    <uri>${escapeXml(feed.author.uri)}</uri>`] : []),
    "  </author>",
    ...feed.links.map((link) => `  ${linkElement(link)}`),
    ...(feed.rights ? [`  <rights>${escapeXml(feed.rights)}</rights>`] : []),
  ];
  for (const entry of feed.entries) {
    lines.push(
      "  <entry>",
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <updated>${escapeXml(entry.updated)}</updated>`,
      ...(entry.published ? [`    <published>${escapeXml(entry.published)}</published>`] : []),
      ...entry.links.map((link) => `    ${linkElement(link)}`),
      ...(entry.summary ? [`    <summary>${escapeXml(entry.summary)}</summary>`] : []),
      ...(entry.contentHtml ? [`    <content type="html">${escapeXml(entry.contentHtml)}</content>`] : []),
      "  </entry>",
    );
  }
  lines.push("</feed>", "");
  return lines.join("\n");
}

/** Turns a `YYYY-MM-DD` date into the RFC 3339 date-time Atom requires (midnight UTC). */
export function atomDate(date: string): string {
  return `${date}T00:00:00Z`;
}

function linkElement(link: AtomLink): string {
  const attributes = (["href", "rel", "type", "hreflang", "title"] as const)
    .filter((name) => link[name] !== undefined)
    .map((name) => `${name}="${escapeXml(link[name] as string)}"`);
  return `<link ${attributes.join(" ")}/>`;
}
