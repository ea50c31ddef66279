/**
 * Lists the modules a JavaScript module imports statically (`import … from "./x.js"`, `import "./y.js"`,
 * `export … from "./z.js"`), resolved against the module's own site path. Dynamic `import()` is left
 * out: what a page loads only on demand (the search index, the spreadsheet writer) is not its first view.
 */
export function staticImports(code: string, modulePath: string): string[] {
  const base = new URL(modulePath, "https://site.invalid/");
  const found = new Set<string>();
  const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const match of code.matchAll(pattern)) {
    const specifier = match[1] ?? "";
    if (!specifier.startsWith(".") && !specifier.startsWith("/")) continue;
    found.add(new URL(specifier, base).pathname);
  }
  return [...found];
}
