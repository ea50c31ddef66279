import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { codes } from "../../../src/lib/messages/messages.ts";
import { reportFormats } from "../../../src/lib/report/registry.ts";
import { rules } from "../../../src/lib/rules/registry.ts";

const doc = readFileSync(new URL("../../../docs/validation.md", import.meta.url), "utf8");

describe("docs/validation.md", () => {
  it.each(Object.entries(codes))(
    "documents the code %s with its severity and Frictionless type",
    (code, definition) => {
      expect(doc).toContain(`| \`${code}\` | ${definition.severity} | \`${definition.frictionless}\` |`);
    },
  );

  it.each(rules.map((rule) => [rule.code, rule] as const))("documents the rule %s", (code, rule) => {
    expect(doc).toContain(`| \`${code}\` | ${rule.severity} | ${rule.description.en} |`);
  });

  it.each(Object.keys(reportFormats))("documents the output format %s", (name) => {
    expect(doc).toContain(`- **\`${name}\`**`);
  });

  it("documents the exit codes and every CLI option", () => {
    expect(doc).toMatch(/`0` valid.*`1` invalid data.*`2` usage or I\/O error/s);
    const cli = readFileSync(new URL("../../../scripts/validate.ts", import.meta.url), "utf8");
    for (const [, option] of cli.matchAll(/^\s{6}(\w+): \{ type:/gm)) expect(doc).toContain(`--${option}`);
  });
});
