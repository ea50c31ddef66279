// Writes the hostile fixture (test/fixtures/hostile/data) from the site fixture, seeded: every free-text
// value replaced by text that validates and has broken builds or pages elsewhere (see its README).
// Usage: npm run fixture:hostile
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { hostileDataDir, hostileFiles } from "../test/helpers/hostileData.ts";

mkdirSync(hostileDataDir, { recursive: true });
for (const [file, text] of Object.entries(hostileFiles())) writeFileSync(join(hostileDataDir, file), text);
process.stdout.write(`Wrote ${hostileDataDir}\n`);
