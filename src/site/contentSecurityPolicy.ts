/**
 * The hash of the one inline style the site sends: the stylesheet Observable Plot puts inside each
 * chart's SVG (`:where(.plot-d6a7b5) {…}`). It changes only with Plot's version; a unit test renders
 * a chart and fails, naming the new hash, when it no longer matches.
 */
export const plotStyleHash = "'sha256-jSYQUrW7J0b3jPqhZP9C2Xh1PyJKHKXd4s0fpGGKrww='";

/**
 * The site's Content-Security-Policy, one directive a line, in one place: the meta tag of every page
 * (`BaseLayout`, `EmbedLayout`), `public/_headers` and the nginx example in `docs/security.md` are
 * written from it, and tests keep them equal. Scripts and stylesheets are files of the site's own
 * (the build inlines none, see `astro.config.mjs`); the only inline style allowed is Plot's, by its
 * hash; style attributes (a legend swatch's colour) are allowed, event handlers and inline scripts are
 * not. `'wasm-unsafe-eval'` lets Pagefind (site search) compile its WebAssembly; it allows no JavaScript
 * `eval`.
 */
export const contentSecurityPolicyDirectives: Readonly<Record<string, readonly string[]>> = {
  "default-src": ["'self'"],
  "script-src": ["'self'", "'wasm-unsafe-eval'"],
  "style-src": ["'self'", plotStyleHash],
  "style-src-attr": ["'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'self'"],
};

/**
 * Writes the policy as a header or meta tag value: `default-src 'self'; script-src 'self'; …`.
 * `frame-ancestors` is only honoured in a header, and the site's charts are meant to be embedded
 * anywhere, so it is left out.
 */
export function contentSecurityPolicy(): string {
  return Object.entries(contentSecurityPolicyDirectives)
    .map(([directive, sources]) => `${directive} ${sources.join(" ")}`)
    .join("; ");
}

/** Writes `public/_headers` for static hosts that read it (Netlify, Cloudflare Pages): the policy on every path. */
export function headersFile(): string {
  return [
    "# Written from src/site/contentSecurityPolicy.ts (npm run csp:headers); a unit test keeps it equal.",
    "/*",
    `  Content-Security-Policy: ${contentSecurityPolicy()}`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: strict-origin-when-cross-origin",
    "",
  ].join("\n");
}
