// Builds the Pagefind search index of a built site again, on its own, so that the site benchmark can
// measure it with GNU time: Pagefind's npm API kills its process on close() without waiting for it, and
// a process nobody waits for adds neither its CPU time nor its memory to the figures of the build.
// Here the process is given time to be reaped (by Node) before this one exits.
// Usage: tsx bench/searchIndexRun.ts SITE_DIR
import { buildSearchIndex } from "../src/node/searchIndex.ts";

const site = process.argv[2];
if (!site) {
  process.stderr.write("Usage: tsx bench/searchIndexRun.ts SITE_DIR\n");
  process.exit(2);
}
const { pages, errors } = await buildSearchIndex(site);
// Node reaps a child when its exit is signalled; a second is ample on a busy machine.
await new Promise((done) => setTimeout(done, 1000));
process.stdout.write(`${pages}\n`);
if (errors.length > 0) {
  process.stderr.write(`${errors.join("\n")}\n`);
  process.exitCode = 1;
}
