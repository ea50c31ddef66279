import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { barChart } from "../../../src/lib/charts/barChart.ts";
import { categoricalColour } from "../../../src/lib/charts/palette.ts";
import {
  contentSecurityPolicy,
  contentSecurityPolicyDirectives,
  headersFile,
  plotStyleHash,
} from "../../../src/site/contentSecurityPolicy.ts";
import { serverDocument } from "../../../src/site/serverDocument.ts";

describe("the Content-Security-Policy", () => {
  it("allows scripts of the site's own only: no inline script, no eval, no event handler", () => {
    // 'wasm-unsafe-eval' lets Pagefind compile WebAssembly; it does not allow JavaScript eval.
    expect(contentSecurityPolicyDirectives["script-src"]).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(contentSecurityPolicy()).not.toContain("'unsafe-eval'");
    expect(contentSecurityPolicy()).not.toMatch(/'unsafe-inline'[^;]*;?\s*$|script-src[^;]*'unsafe/);
    expect(contentSecurityPolicy()).toContain("object-src 'none'; base-uri 'none'");
  });

  it("allows the stylesheet Plot puts in every chart, by its hash (update plotStyleHash when Plot changes it)", () => {
    const svg = barChart({
      data: [{ category: "a", series: "s", value: 1 }],
      categories: [{ key: "a", label: "A" }],
      series: [{ key: "s", label: "S", colour: categoricalColour(0) }],
      lang: "en",
      width: 320,
      document: serverDocument(),
      xLabel: "n",
      ariaLabel: "chart",
    });
    const styles = [...svg.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? "");
    expect(styles.length).toBe(1);
    const hash = `'sha256-${createHash("sha256")
      .update(styles[0] ?? "")
      .digest("base64")}'`;
    expect(plotStyleHash).toBe(hash);
  });

  it("is what public/_headers sends (run npm run csp:headers after changing it)", () => {
    expect(readFileSync("public/_headers", "utf8")).toBe(headersFile());
  });

  it("is the one docs/security.md gives for nginx", () => {
    const doc = readFileSync("docs/security.md", "utf8");
    expect(doc).toContain(`add_header Content-Security-Policy "${contentSecurityPolicy()}" always;`);
  });
});
