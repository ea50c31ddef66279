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
import { UsageError } from "../src/cli/usageError.ts";
import { type ReleaseTextKey, releaseStrings } from "../src/i18n/releaseText.ts";
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
import type { Translator } from "../src/lib/text/stringTable.ts";
import type { ValidationResult } from "../src/lib/validate/validateFolder.ts";
import { loadSnapshot, readReleaseIndex } from "../src/node/releases.ts";
import { sha256Hex } from "../src/node/sha256.ts";
import { validateDataDir } from "../src/node/validateDataDir.ts";

const usage =
  "Usage: npm run release -- --title-id T --title-en T --notes-id N --notes-en N " +
  "[--version X.Y.Z] [--date YYYY-MM-DD] [--data DIR] [--schemas DIR] [--releases DIR] [--lang id|en] [--dry-run]";

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

/** A file a release publishes: where it is read from, its size and its checksum. */
interface ReleaseFile {
  source: string;
  bytes: number;
  sha256: string;
}

/** The files a release publishes, by release path: the catalog, every dataset file, and the whole schemas folder. */
async function releaseFiles(
  options: Options,
  catalog: ValidationResult["catalog"],
): Promise<Map<string, ReleaseFile>> {
  const sources = new Map<string, string>();
  sources.set("catalog.json", join(options.dataDir, "catalog.json"));
  for (const entry of catalog.datasets) sources.set(entry.path, join(options.dataDir, entry.path));
  for (const file of await listFiles(options.schemaDir))
    sources.set(`schemas/${file}`, join(options.schemaDir, file));
  const files = new Map<string, ReleaseFile>();
  for (const [path, source] of sources) {
    const bytes = new Uint8Array(await readFile(source));
    files.set(path, { source, bytes: bytes.byteLength, sha256: sha256Hex(bytes) });
  }
  return files;
}

/** The release being made: its draft at any version, the changes since the latest release and the version to give it. */
interface ReleasePlan {
  draft(version: string): ReleaseSnapshot;
  changelog: ReturnType<typeof releaseChangelog>;
  level: ReturnType<typeof suggestBump>;
  suggested: string;
  version: string;
}

/** Compares the data with the latest release and chooses the version (the one asked for, else the suggested one). */
function planRelease(
  options: Options,
  result: ValidationResult,
  files: ReadonlyMap<string, ReleaseFile>,
  latest: ReleaseIndex["releases"][number] | undefined,
  previous: ReleaseSnapshot | undefined,
): ReleasePlan {
  const rows = Object.fromEntries(result.stats.map((stat) => [stat.name, stat.rows]));
  const checksums = new Map([...files].map(([path, { bytes, sha256 }]) => [path, { bytes, sha256 }]));
  const draft = (version: string): ReleaseSnapshot => ({
    manifest: buildManifest({
      version,
      date: options.date,
      title: options.title,
      notes: options.notes,
      ...(latest ? { previous: latest.version } : {}),
      catalog: result.catalog,
      rows,
      files: checksums,
    }),
    catalog: result.catalog,
    datasets: result.datasets,
    schemas: result.schemas,
  });
  const changelog = releaseChangelog(previous, draft(latest ? latest.version : "1.0.0"));
  const level = suggestBump(changelog);
  const suggested = latest ? bumpVersion(latest.version, level) : "1.0.0";
  return { draft, changelog, level, suggested, version: options.version ?? suggested };
}

/** Why no release can be made (nothing changed, or the version is not above the latest), or undefined. */
function refusal(
  say: Translator<ReleaseTextKey>,
  plan: ReleasePlan,
  files: ReadonlyMap<string, ReleaseFile>,
  previous: ReleaseSnapshot | undefined,
): string | undefined {
  if (!previous) return undefined;
  const latest = previous.manifest.version;
  const before = new Map(
    [...previous.manifest.datasets, ...previous.manifest.files].map((file) => [file.path, file.sha256]),
  );
  if (files.size === before.size && [...files].every(([path, file]) => before.get(path) === file.sha256))
    return say("cli.nothingChanged", { previous: latest });
  if (compareVersions(plan.version, latest) <= 0)
    return say("cli.versionNotHigher", { version: plan.version, latest, suggested: plan.suggested });
  return undefined;
}

/** Writes the release folder (through a staging folder, so it is never half written) and adds it to index.json. */
async function writeRelease(
  options: Options,
  plan: ReleasePlan,
  files: ReadonlyMap<string, ReleaseFile>,
  index: ReleaseIndex,
): Promise<string> {
  const { version } = plan;
  const target = join(options.releasesDir, version);
  const staging = join(options.releasesDir, `.staging-${version}-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  for (const [path, { source }] of files) {
    await mkdir(dirname(join(staging, path)), { recursive: true });
    await copyFile(source, join(staging, path));
  }
  await writeFile(
    join(staging, "release.json"),
    `${JSON.stringify(plan.draft(version).manifest, null, 2)}\n`,
  );
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
  return target;
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
  const say = releaseStrings.translator(lang);

  const result = await validateDataDir(options.dataDir, options.schemaDir);
  if (!result.valid) {
    process.stderr.write(
      `${formatText(result.issues, result.stats, { lang, color: process.stderr.isTTY === true })}\n`,
    );
    process.stderr.write(`${say("cli.invalidData")}\n`);
    return 1;
  }
  const pathProblems = releasePathProblems(result.catalog);
  if (pathProblems.length > 0) {
    for (const problem of pathProblems) process.stderr.write(`${problem.message}\n`);
    return 1;
  }

  const files = await releaseFiles(options, result.catalog);
  const index = await readReleaseIndex(options.releasesDir);
  const latest = index.releases.at(-1);
  const previous = latest ? await loadSnapshot(options.releasesDir, latest.version) : undefined;
  const plan = planRelease(options, result, files, latest, previous);
  const { version, suggested, level } = plan;
  process.stdout.write(`${formatChangelogText({ ...plan.changelog, version }, lang)}\n`);

  const refused = refusal(say, plan, files, previous);
  if (refused) {
    process.stderr.write(`${refused}\n`);
    return 1;
  }
  if (latest && compareVersions(version, suggested) < 0)
    process.stdout.write(`${say("cli.versionSmaller", { level, suggested, version })}\n`);
  if (options.dryRun) {
    process.stdout.write(`${say("cli.dryRun", { version, date: options.date })}\n`);
    return 0;
  }
  const target = await writeRelease(options, plan, files, index);
  const folder = relative(process.cwd(), target);
  process.stdout.write(`${say("cli.written", { version, date: options.date, folder })}\n`);
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
