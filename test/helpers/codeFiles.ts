import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The repository's root folder. */
export const repositoryRoot = resolve(dirname(new URL(import.meta.url).pathname), "../..");

/** Every TypeScript, Astro and JavaScript module file below some folders of the repository (absolute paths). */
export function codeFiles(...folders: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|astro|mjs)$/.test(entry.name)) files.push(path);
    }
  };
  for (const folder of folders) walk(join(repositoryRoot, folder));
  return files;
}
