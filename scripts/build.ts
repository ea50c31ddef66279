// Build: validate the data, then build the site into a fresh folder that replaces dist/ only
// when everything succeeded, so a failed build never touches the previously published output.
// Usage: npm run build -- [--data DIR] [--out DIR] [--lang id|en]
// Exit codes: 0 built, 1 invalid data or failed site build, 2 usage error.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatText } from "../src/lib/report/formatText.ts";
import { FolderNotFoundError, validateDataDir } from "../src/node/validateDataDir.ts";

async function main(): Promise<number> {
  let values: { data?: string; out?: string; lang?: string };
  try {
    ({ values } = parseArgs({
      options: { data: { type: "string" }, out: { type: "string" }, lang: { type: "string", default: "id" } },
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.stderr.write("Usage: npm run build -- [--data DIR] [--out DIR] [--lang id|en]\n");
    return 2;
  }
  const lang = values.lang === "en" ? "en" : "id";
  const dataDir = resolve(values.data ?? process.env.KSST_DATA_DIR ?? "data");
  const outDir = resolve(values.out ?? "dist");

  const result = await validateDataDir(dataDir);
  if (!result.valid) {
    process.stderr.write(
      `${formatText(result.issues, result.stats, { lang, color: process.stderr.isTTY === true })}\n`,
    );
    process.stderr.write(
      lang === "id"
        ? `\nData tidak valid: situs tidak dibangun, ${outDir} tidak diubah.\n`
        : `\nThe data is invalid: the site was not built and ${outDir} was left untouched.\n`,
    );
    return 1;
  }
  const warnings = result.issues.length;
  process.stdout.write(
    `Data valid (${result.stats.map((s) => `${s.name} ${s.rows}`).join(", ")}; ${warnings} warnings).\n`,
  );

  const work = resolve(".build");
  await mkdir(work, { recursive: true });
  const staging = resolve(work, `dist-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  const astro = spawnSync(process.execPath, [resolve("node_modules/astro/bin/astro.mjs"), "build"], {
    stdio: "inherit",
    env: { ...process.env, KSST_DATA_DIR: dataDir, KSST_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  if (astro.status !== 0) {
    await rm(staging, { recursive: true, force: true });
    process.stderr.write(`\nThe site build failed: ${outDir} was left untouched.\n`);
    return 1;
  }
  // Swap: the old output moves aside first, so dist/ is either the old or the new site, never half of one.
  const previous = resolve(work, `previous-${process.pid}`);
  if (existsSync(outDir)) await rename(outDir, previous);
  await rename(staging, outDir);
  await rm(previous, { recursive: true, force: true });
  process.stdout.write(`Site built in ${outDir}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A missing data folder is a usage error with a plain message; anything else is a bug worth its stack.
    const text =
      error instanceof FolderNotFoundError
        ? error.message
        : error instanceof Error
          ? (error.stack ?? error.message)
          : String(error);
    process.stderr.write(`${text}\n`);
    process.exitCode = 2;
  },
);
