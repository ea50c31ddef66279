// Release: validate data/, then copy it byte for byte into releases/<version>/ with its schemas, a
// release.json (titles, notes, checksums) and a new line in releases/index.json. Invalid data is refused.
// Usage: npm run release -- --title-id T --title-en T --notes-id N --notes-en N
//                           [--version X.Y.Z] [--date YYYY-MM-DD] [--data DIR] [--schemas DIR] [--releases DIR]
//                           [--lang id|en] [--dry-run]
// Exit codes: 0 released (or dry run done), 1 refused (invalid data, nothing changed, bad version), 2 usage error.
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatChangelogText } from "../src/cli/formatChangelogText.ts";
import type { Lang } from "../src/lib/model.ts";
import { buildManifest } from "../src/lib/releases/buildManifest.ts";
import { releaseChangelog } from "../src/lib/releases/releaseChangelog.ts";
import { ReleaseError } from "../src/lib/releases/releaseError.ts";
import type { ReleaseIndex } from "../src/lib/releases/releaseManifest.ts";
import { releasePathProblems } from "../src/lib/releases/releasePaths.ts";
import type { ReleaseSnapshot } from "../src/lib/releases/releaseSnapshot.ts";
import { suggestBump } from "../src/lib/releases/suggestBump.ts";
import { bumpVersion, compareVersions, parseVersion } from "../src/lib/releases/version.ts";
import { formatText } from "../src/lib/report/formatText.ts";
import { loadSnapshot, readReleaseIndex } from "../src/node/releases.ts";
import { sha256Hex } from "../src/node/sha256.ts";
import { validateDataDir } from "../src/node/validateDataDir.ts";

const usage =
  "Usage: npm run release -- --title-id T --title-en T --notes-id N --notes-en N " +
  "[--version X.Y.Z] [--date YYYY-MM-DD] [--data DIR] [--schemas DIR] [--releases DIR] [--lang id|en] [--dry-run]";

class UsageError extends Error {}

interface Options {
  version?: string;
  date: string;
  title: { id: string; en: string };
  notes: { id: string; en: string };
  dataDir: string;
  schemaDir: string;
  releasesDir: string;
  lang: Lang;
  dryRun: boolean;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      version: { type: "string" },
      date: { type: "string" },
      "title-id": { type: "string" },
      "title-en": { type: "string" },
      "notes-id": { type: "string" },
      "notes-en": { type: "string" },
      data: { type: "string" },
      schemas: { type: "string" },
      releases: { type: "string" },
      lang: { type: "string", default: "id" },
      "dry-run": { type: "boolean", default: false },
    },
  });
  const dryRun = values["dry-run"] === true;
  const text = (name: "title-id" | "title-en" | "notes-id" | "notes-en") => {
    const value = values[name]?.trim() ?? "";
    if (value === "" && !dryRun)
      throw new UsageError(`--${name} is required: every release has a title and notes in both languages.`);
    return value;
  };
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
    throw new UsageError(`--date must be a date written YYYY-MM-DD, not "${date}".`);
  if (values.version !== undefined) parseVersion(values.version, "--version");
  return {
    ...(values.version === undefined ? {} : { version: values.version }),
    date,
    title: { id: text("title-id"), en: text("title-en") },
    notes: { id: text("notes-id"), en: text("notes-en") },
    dataDir: resolve(values.data ?? process.env.KSST_DATA_DIR ?? "data"),
    schemaDir: resolve(values.schemas ?? "schemas"),
    releasesDir: resolve(values.releases ?? process.env.KSST_RELEASES_DIR ?? "releases"),
    lang: values.lang === "en" ? "en" : "id",
    dryRun,
  };
}

/** Every file under a folder, as paths relative to it with `/` separators, sorted. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .sort();
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = readOptions();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
    return 2;
  }
  const { lang } = options;
  const say = (id: string, en: string) => process.stdout.write(`${lang === "id" ? id : en}\n`);
  const refuse = (id: string, en: string) => {
    process.stderr.write(`${lang === "id" ? id : en}\n`);
    return 1;
  };

  const { schemaDir } = options;
  const result = await validateDataDir(options.dataDir, schemaDir);
  if (!result.valid) {
    process.stderr.write(
      `${formatText(result.issues, result.stats, { lang, color: process.stderr.isTTY === true })}\n`,
    );
    return refuse(
      `\nData tidak valid: rilis tidak dibuat. Perbaiki masalah di atas lalu ulangi.`,
      `\nThe data is invalid: no release was made. Fix the problems above and try again.`,
    );
  }
  const pathProblems = releasePathProblems(result.catalog);
  if (pathProblems.length > 0) {
    for (const problem of pathProblems) process.stderr.write(`${problem.message}\n`);
    return 1;
  }

  // The files a release publishes: the catalog, every dataset file, and the whole schemas folder.
  const sources = new Map<string, string>();
  sources.set("catalog.json", join(options.dataDir, "catalog.json"));
  for (const entry of result.catalog.datasets) sources.set(entry.path, join(options.dataDir, entry.path));
  for (const file of await listFiles(schemaDir)) sources.set(`schemas/${file}`, join(schemaDir, file));
  const files = new Map<string, { bytes: number; sha256: string }>();
  for (const [path, source] of sources) {
    const bytes = new Uint8Array(await readFile(source));
    files.set(path, { bytes: bytes.byteLength, sha256: sha256Hex(bytes) });
  }

  const index = await readReleaseIndex(options.releasesDir);
  const latestEntry = index.releases.at(-1);
  const previous = latestEntry ? await loadSnapshot(options.releasesDir, latestEntry.version) : undefined;
  const rows = Object.fromEntries(result.stats.map((stat) => [stat.name, stat.rows]));
  const draft = (version: string): ReleaseSnapshot => ({
    manifest: buildManifest({
      version,
      date: options.date,
      title: options.title,
      notes: options.notes,
      ...(latestEntry ? { previous: latestEntry.version } : {}),
      catalog: result.catalog,
      rows,
      files,
    }),
    catalog: result.catalog,
    datasets: result.datasets as unknown as Record<string, readonly unknown[]>,
    schemas: result.schemas,
  });

  const changelog = releaseChangelog(previous, draft(latestEntry ? latestEntry.version : "1.0.0"));
  const level = suggestBump(changelog);
  const suggested = latestEntry ? bumpVersion(latestEntry.version, level) : "1.0.0";
  const version = options.version ?? suggested;
  process.stdout.write(`${formatChangelogText({ ...changelog, version }, lang)}\n`);

  if (previous) {
    const before = new Map(
      [...previous.manifest.datasets, ...previous.manifest.files].map((file) => [file.path, file.sha256]),
    );
    const same =
      files.size === before.size && [...files].every(([path, file]) => before.get(path) === file.sha256);
    if (same)
      return refuse(
        `Tidak ada yang berubah sejak rilis ${previous.manifest.version}: setiap berkas sama persis. Rilis tidak dibuat.`,
        `Nothing changed since release ${previous.manifest.version}: every file is byte-identical. No release was made.`,
      );
  }
  if (latestEntry && compareVersions(version, latestEntry.version) <= 0)
    return refuse(
      `Versi ${version} harus lebih tinggi dari rilis terakhir ${latestEntry.version} (saran: ${suggested}).`,
      `Version ${version} must be higher than the latest release ${latestEntry.version} (suggested: ${suggested}).`,
    );
  if (latestEntry && compareVersions(version, suggested) < 0)
    say(
      `Peringatan: perubahan ini setingkat "${level}" (saran ${suggested}); ${version} lebih kecil. Lihat docs/releases.md.`,
      `Warning: these changes are "${level}" level (suggested ${suggested}); ${version} is smaller. See docs/releases.md.`,
    );

  if (options.dryRun) {
    say(
      `Uji coba: rilis ${version} (${options.date}) tidak ditulis.`,
      `Dry run: release ${version} (${options.date}) was not written.`,
    );
    return 0;
  }

  // Write into a staging folder, then rename it into place, so a release folder is never half written.
  const target = join(options.releasesDir, version);
  const staging = join(options.releasesDir, `.staging-${version}-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  for (const [path, source] of sources) {
    await mkdir(dirname(join(staging, path)), { recursive: true });
    await copyFile(source, join(staging, path));
  }
  const manifest = draft(version).manifest;
  await writeFile(join(staging, "release.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  try {
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const nextIndex: ReleaseIndex = {
    releases: [...index.releases, { version, date: options.date, title: options.title }],
  };
  const indexFile = join(options.releasesDir, "index.json");
  await writeFile(`${indexFile}.tmp`, `${JSON.stringify(nextIndex, null, 2)}\n`);
  await rename(`${indexFile}.tmp`, indexFile);
  // Read the release back exactly as the site will, so a release that cannot be built is caught now.
  await loadSnapshot(options.releasesDir, version);
  say(
    `Rilis ${version} (${options.date}) ditulis ke ${relative(process.cwd(), target)}. Commit folder itu dan releases/index.json.`,
    `Release ${version} (${options.date}) written to ${relative(process.cwd(), target)}. Commit that folder and releases/index.json.`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ReleaseError) {
      process.stderr.write(`${error.code}: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
