// The layers the README describes, checked on every import: src/lib is the pure core (no Node, no
// Astro, no site, no dictionaries, no file-reading packages, no process or console), src/i18n holds
// only strings, and the core's adapters (src/node, src/site) never reach into Astro's pages.
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { codeFiles, repositoryRoot as root } from "../../helpers/codeFiles.ts";

/** Every source file under a folder of src/. */
function sourceFiles(folder: string): string[] {
  return codeFiles(`src/${folder}`);
}

/** The modules a file imports (static, dynamic and type imports), relative ones as repository paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [
    ...text.matchAll(
      /(?:^|\s)(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|^import\s+["']([^"']+)["']/gm,
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
  return specifiers.map((s) => (s.startsWith(".") ? relative(root, resolve(dirname(file), s)) : s));
}

/** What a layer must not import: module names or repository folders. */
const forbidden: Record<string, { modules: RegExp; reason: string }[]> = {
  lib: [
    { modules: /^node:/, reason: "Node built-ins belong in src/node (pass the I/O in)" },
    { modules: /^astro(:|$|\/)/, reason: "Astro belongs in src/pages and src/site" },
    {
      modules: /^src\/(i18n|site|node|pages|components|layouts|client|cli)\//,
      reason: "the core imports no outer layer",
    },
    { modules: /^idn-area-data$/, reason: "it reads files: load it in src/node" },
  ],
  i18n: [
    {
      modules: /^src\/(site|node|pages|components|layouts)\//,
      reason: "strings depend on nothing but the core's types",
    },
  ],
  node: [
    { modules: /^src\/(site|pages|components|layouts)\//, reason: "adapters do not depend on the site" },
  ],
};

describe.each(Object.keys(forbidden))("src/%s", (layer) => {
  const files = sourceFiles(layer);

  it("has files to check", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it("imports nothing from the layers outside it", () => {
    const problems = files.flatMap((file) =>
      importsOf(file).flatMap((module) =>
        (forbidden[layer] ?? [])
          .filter((rule) => rule.modules.test(module))
          .map((rule) => `${relative(root, file)} imports ${module}: ${rule.reason}`),
      ),
    );
    expect(problems).toEqual([]);
  });
});

describe("src/lib", () => {
  it("never exits, logs or reads the environment", () => {
    const problems = sourceFiles("lib").flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, index) =>
          /\b(process\.|console\.)/.test(line.replace(/\/\/.*$|^\s*\*.*$/, ""))
            ? [`${relative(root, file)}:${index + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(problems).toEqual([]);
  });
});
