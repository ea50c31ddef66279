import { createHash } from "node:crypto";
import { accessSync, constants, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { SchemaCodeCache } from "../lib/schema/cachedSchemas.ts";

/** The default folder: `node_modules/.cache/schema-code/` (`KSST_SCHEMA_CODE_CACHE` moves it). */
function defaultFolder(): string {
  return (
    process.env.KSST_SCHEMA_CODE_CACHE ??
    fileURLToPath(new URL("../../node_modules/.cache/schema-code", import.meta.url))
  );
}

// What compiled code depends on besides the schemas: the versions of ajv, ajv-formats and Node, and
// the project's modules that set up and load ajv (a change to any of them compiles the schemas again).
const codeModules = [
  "../lib/schema/createAjv.ts",
  "../lib/schema/vocabulary.ts",
  "../lib/partialDate.ts",
  "../lib/schema/schemaCode.ts",
];

/** The versions and sources the cached code depends on, or `undefined` when they cannot be read (a bundle). */
function codeIdentity(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const versions = ["ajv/package.json", "ajv-formats/package.json"].map(
      (name) => (require(name) as { version: string }).version,
    );
    const hash = createHash("sha256").update(`${process.version}\0${versions.join("\0")}`);
    for (const module of codeModules)
      hash.update("\0").update(readFileSync(new URL(module, import.meta.url)));
    return hash.digest("hex");
  } catch {
    return undefined;
  }
}

/**
 * Keeps compiled schemas on disk (see `SchemaCodeCache`), one file per schema set named after a hash of
 * the schemas and of the code they were compiled with, in `folder`; `undefined` when that code cannot be
 * identified. Files are written aside and renamed, so that another thread or process never reads half
 * of one; from a folder that cannot be written, files are read but none is written. Old files are never
 * removed (about 1 MB each for the project's schemas); the folder can be deleted at any time.
 */
export function schemaCodeCache(folder: string = defaultFolder()): SchemaCodeCache | undefined {
  const code = codeIdentity();
  if (code === undefined) return undefined;
  const fileOf = (identity: string) =>
    `${folder}/${createHash("sha256").update(code).update("\0").update(identity).digest("hex").slice(0, 40)}.json`;
  const read = (identity: string) => {
    try {
      return readFileSync(fileOf(identity), "utf8");
    } catch {
      return undefined;
    }
  };
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
  } catch {
    // A read-only install: what is there is read, nothing is written.
    return { read };
  }
  return {
    read,
    write(identity, text) {
      const file = fileOf(identity);
      const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
      try {
        writeFileSync(partial, text);
        renameSync(partial, file);
      } catch {
        // Full disk: compiled again next time, and no half-written file is left behind.
        rmSync(partial, { force: true });
      }
    },
  };
}
