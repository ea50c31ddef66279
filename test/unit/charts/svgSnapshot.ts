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

/** Whether snapshots may be written: `vitest run -u` or `UPDATE_SNAPSHOTS=1`, never by default or in CI. */
function updating(): boolean {
  return (
    process.env.UPDATE_SNAPSHOTS === "1" || expect.getState().snapshotState?.snapshotUpdateState === "all"
  );
}

/**
 * Compares rendered SVG with `test/output/charts/<name>.svg`. A missing expected file fails the
 * test; with the update flag (`npx vitest run -u`, or `UPDATE_SNAPSHOTS=1`) it is written instead,
 * and so is a changed one. On a mismatch without the flag, `<name>-changed.svg` is written beside
 * it for review and the test fails. Snapshots are never edited by hand.
 */
export function expectSvgSnapshot(name: string, svg: string): void {
  const expectedPath = join(outputDir, `${name}.svg`);
  const changedPath = join(outputDir, `${name}-changed.svg`);
  const actual = `${svg}\n`;
  if (updating()) {
    mkdirSync(outputDir, { recursive: true });
    writeFileSync(expectedPath, actual);
    rmSync(changedPath, { force: true });
    return;
  }
  if (!existsSync(expectedPath))
    expect.fail(
      `Chart "${name}" has no snapshot at ${expectedPath}. Run the test with the update flag ` +
        "(npx vitest run -u, or UPDATE_SNAPSHOTS=1) to record it, look at it, and commit it.",
    );
  const expected = readFileSync(expectedPath, "utf8");
  if (expected === actual) {
    rmSync(changedPath, { force: true });
    return;
  }
  writeFileSync(changedPath, actual);
  expect.fail(`Chart "${name}" differs from ${expectedPath}; see ${changedPath}.`);
}
