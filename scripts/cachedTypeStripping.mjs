// Preloaded by `npm run validate` (node --import): Node strips the types of each TypeScript module it
// loads, with a WebAssembly compiler that costs about 0.1-0.3 s of CPU to start and run on the ~100
// modules of the validator, in the calling thread and again in each range thread (preloads run in
// worker threads too). This keeps each module's stripped text in node_modules/.cache/stripped-ts/,
// named after a hash of its source and of Node's version, so a later run loads it without the
// compiler. A changed file has a new hash; a cache that cannot be written is simply not used.
// Plain JavaScript, as it must load before any TypeScript.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { registerHooks, stripTypeScriptTypes } from "node:module";
import { fileURLToPath } from "node:url";

// KSST_STRIPPED_TS_CACHE moves it (tests).
const cacheDir = `${process.env.KSST_STRIPPED_TS_CACHE ?? fileURLToPath(new URL("../node_modules/.cache/stripped-ts", import.meta.url))}/`;

/** The module's source with its types stripped (as Node itself does), from the cache when there. */
function stripped(path) {
  const source = readFileSync(path, "utf8");
  const key = createHash("sha256").update(`${process.version}\0`).update(source).digest("hex");
  const file = `${cacheDir}${key.slice(0, 40)}.js`;
  try {
    return readFileSync(file, "utf8");
  } catch {
    // Not cached yet.
  }
  const code = stripTypeScriptTypes(source, { mode: "strip" });
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Written aside and renamed, so that another process never reads half a file.
    const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(partial, code);
    renameSync(partial, file);
  } catch {
    // A read-only install: strip again next time.
  }
  return code;
}

registerHooks({
  load(url, context, nextLoad) {
    if (!url.startsWith("file:") || !url.endsWith(".ts")) return nextLoad(url, context);
    return { format: "module", source: stripped(fileURLToPath(url)), shortCircuit: true };
  },
});
