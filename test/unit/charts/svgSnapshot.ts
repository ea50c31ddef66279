import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { expect } from "vitest";

const outputDir = join(dirname(fileURLToPath(import.meta.url)), "../../output/charts");

/** Returns a fresh server-side DOM document for Plot, as the site build uses. */
export function serverDocument(): Document {
  return parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
}

/**
 * Compares rendered SVG with `test/output/charts/<name>.svg`. When the expected file is absent it
 * is written (the first run records the snapshot); on a mismatch `<name>-changed.svg` is written
 * beside it for review and the test fails. Snapshots are never edited by hand.
 */
export function expectSvgSnapshot(name: string, svg: string): void {
  mkdirSync(outputDir, { recursive: true });
  const expectedPath = join(outputDir, `${name}.svg`);
  const changedPath = join(outputDir, `${name}-changed.svg`);
  const actual = `${svg}\n`;
  if (!existsSync(expectedPath)) {
    writeFileSync(expectedPath, actual);
    return;
  }
  const expected = readFileSync(expectedPath, "utf8");
  if (expected === actual) {
    rmSync(changedPath, { force: true });
    return;
  }
  writeFileSync(changedPath, actual);
  expect.fail(`Chart "${name}" differs from ${expectedPath}; see ${changedPath}.`);
}
