import { describe, expect, it } from "vitest";
import { pageAssets } from "../../../src/lib/budget/pageAssets.ts";
import { dashboardBudget, overBudget, pageWeight } from "../../../src/lib/budget/pageWeight.ts";

const html = `<!doctype html><html><head>
<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="https://cdn.example/x.css"><link rel="alternate" href="/en/">
<script type="module" src="/_astro/b.js"></script><script type="application/ld+json">{"a":1}</script>
<script type="module">console.log(1)</script></head>
<body><img src="/a.png" alt=""><img src="/b.png" loading="lazy" alt=""></body></html>`;

describe("pageAssets", () => {
  it("lists local stylesheets, scripts, inline scripts and eagerly loaded images", () => {
    expect(pageAssets(html)).toEqual({
      stylesheets: ["/_astro/a.css"],
      scripts: ["/_astro/b.js"],
      inlineScripts: ["console.log(1)"],
      images: ["/favicon.svg", "/a.png"],
    });
  });
});

describe("pageWeight", () => {
  it("adds up each kind and checks the budget", () => {
    const sizes: Record<string, number> = {
      "/_astro/a.css": 4000,
      "/_astro/b.js": 30_000,
      "/favicon.svg": 200,
      "/a.png": 1000,
    };
    const weight = pageWeight(
      50_000,
      pageAssets(html),
      (p) => sizes[p] ?? 0,
      (t) => t.length,
    );
    expect(weight).toEqual({ html: 50_000, css: 4000, js: 30_014, images: 1200, total: 85_214 });
    expect(overBudget(weight, dashboardBudget)).toEqual([]);
    expect(overBudget({ ...weight, js: 60_000, total: 300_000 }, dashboardBudget)).toHaveLength(2);
  });
});
