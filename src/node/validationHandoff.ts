import { readFile, writeFile } from "node:fs/promises";
import { deserialize, serialize } from "node:v8";
import { type Reference, referenceList } from "../lib/reference/referenceList.ts";
import type { ValidationResult } from "../lib/validate/validateFolder.ts";

/** A reference list as plain data: code → labels. */
type ReferenceEntries = Record<string, Map<string, { id?: string; en: string }>>;

/**
 * Writes a validation result to a file (V8's structured serialisation), so that the site build,
 * in another process, reads the records instead of validating the data a second time. Reference
 * lists are written as their entries (they are functions over a map).
 */
export async function writeValidation(result: ValidationResult, path: string): Promise<void> {
  const reference: ReferenceEntries = {};
  for (const [name, list] of Object.entries(result.reference)) {
    reference[name] = new Map(
      list
        .codes()
        .map((code) => [code, { id: list.label(code, "id") ?? "", en: list.label(code, "en") ?? "" }]),
    );
  }
  await writeFile(path, serialize({ ...result, reference }));
}

/** Reads a validation result written by `writeValidation`. */
export async function readValidation(path: string): Promise<ValidationResult> {
  const stored = deserialize(await readFile(path)) as Omit<ValidationResult, "reference"> & {
    reference: ReferenceEntries;
  };
  const reference: Record<string, Reference[string]> = {};
  for (const [name, entries] of Object.entries(stored.reference)) reference[name] = referenceList(entries);
  return { ...stored, reference };
}
