// One coded-error base class: every error the project raises on purpose extends CodedError, so it
// carries a stable code and its own name; no other class in src/ or scripts/ extends Error directly.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../../src/cli/usageError.ts";
import { CodedError } from "../../../src/lib/codedError.ts";
import { FileAccessError } from "../../../src/lib/io.ts";
import { ReleaseError } from "../../../src/lib/releases/releaseError.ts";
import { FolderNotFoundError } from "../../../src/node/validateDataDir.ts";

const root = resolve(dirname(new URL(import.meta.url).pathname), "../../..");

/** Every TypeScript or Astro file under a folder of the repository. */
function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe("CodedError", () => {
  it.each([
    [new ReleaseError("version-order", "1.0.0 after 1.1.0"), "ReleaseError", "version-order"],
    [new FileAccessError("ETOOLARGE", "big.csv is 9 bytes", 9), "FileAccessError", "ETOOLARGE"],
    [new FolderNotFoundError("nowhere"), "FolderNotFoundError", "folder-not-found"],
    [new UsageError("--lang must be id or en"), "UsageError", "usage"],
  ] as const)("%o is named %s, coded %s, and an Error", (error, name, code) => {
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(CodedError);
    expect(error.name).toBe(name);
    expect(error.code).toBe(code);
    expect(String(error)).toBe(`${name}: ${error.message}`);
  });

  it("keeps the cause it is given", () => {
    const cause = new Error("EACCES");
    expect(new CodedError("x", "wrapped", { cause }).cause).toBe(cause);
  });

  it("is the only class in src/ and scripts/ that extends Error", () => {
    const offenders = [...sourceFiles("src"), ...sourceFiles("scripts")].flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/class\s+(\w+)(?:<[^>]*>)?\s+extends\s+(?:\w+\.)?Error\b/g)]
        .map((m) => `${relative(root, file)}: ${m[1]}`)
        .filter((found) => found !== "src/lib/codedError.ts: CodedError"),
    );
    expect(offenders).toEqual([]);
  });
});
