import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The shared corpora folder beside the repository (absent on a user's machine: tests then skip). */
export const corporaRoot = fileURLToPath(new URL("../../../../shared/corpora/", import.meta.url));

/** Tells whether a corpus folder is present. */
export function hasCorpus(name: string): boolean {
  return existsSync(`${corporaRoot}${name}`);
}

/** Reads a corpus file as bytes. */
export function corpusBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(`${corporaRoot}${path}`));
}

/** Reads a corpus JSON file. */
export function corpusJson<T>(path: string): T {
  return JSON.parse(readFileSync(`${corporaRoot}${path}`, "utf8")) as T;
}
