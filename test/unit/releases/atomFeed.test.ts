import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { atomDate, atomFeed } from "../../../src/lib/releases/atomFeed.ts";

const feed = atomFeed({
  id: "https://example.org/releases/feed.xml",
  title: "KSST Terbuka: rilis data & data releases",
  updated: atomDate("2026-11-28"),
  lang: "id",
  author: { name: "KSST Terbuka", uri: "https://example.org/" },
  links: [
    { rel: "self", href: "https://example.org/releases/feed.xml", type: "application/atom+xml" },
    { rel: "alternate", href: "https://example.org/id/rilis/", type: "text/html", hreflang: "id" },
  ],
  entries: [
    {
      id: "https://example.org/id/releases/1.1.0/",
      title: '1.1.0 — <koreksi> "ID0121"',
      updated: atomDate("2026-11-28"),
      published: atomDate("2026-11-28"),
      links: [{ rel: "alternate", href: "https://example.org/en/releases/1.1.0/", hreflang: "en" }],
      summary: "1 changed",
      contentHtml: "<p>Tom & Jerry</p>",
    },
  ],
});

describe("atomFeed", () => {
  const doc = new DOMParser().parseFromString(feed, "text/xml");

  it("is well-formed Atom with the required feed elements", () => {
    const root = doc.documentElement;
    expect(root?.tagName).toBe("feed");
    expect(root?.getAttribute("xmlns")).toBe("http://www.w3.org/2005/Atom");
    expect(root?.getAttribute("xml:lang")).toBe("id");
    for (const name of ["id", "title", "updated", "author"])
      expect(doc.querySelector(`feed > ${name}`)).not.toBeNull();
  });

  it("escapes text and keeps it readable once parsed", () => {
    expect(doc.querySelector("feed > title")?.textContent).toBe("KSST Terbuka: rilis data & data releases");
    expect(doc.querySelector("entry > title")?.textContent).toBe('1.1.0 — <koreksi> "ID0121"');
    expect(doc.querySelector("entry > content")?.getAttribute("type")).toBe("html");
    expect(doc.querySelector("entry > content")?.textContent).toBe("<p>Tom & Jerry</p>");
  });

  it("writes each entry with id, title, updated and links", () => {
    const entries = doc.querySelectorAll("entry");
    expect(entries.length).toBe(1);
    expect(doc.querySelector("entry > id")?.textContent).toBe("https://example.org/id/releases/1.1.0/");
    expect(doc.querySelector("entry > updated")?.textContent).toBe("2026-11-28T00:00:00Z");
    expect(doc.querySelector("entry > link")?.getAttribute("hreflang")).toBe("en");
  });

  it("leaves out optional elements that were not given", () => {
    const bare = atomFeed({
      id: "x",
      title: "t",
      updated: "2026-01-01T00:00:00Z",
      author: { name: "a" },
      links: [],
      entries: [],
    });
    expect(bare).not.toContain("<subtitle>");
    expect(bare).not.toContain("<entry>");
    expect(bare).not.toContain("<uri>");
  });
});
