import { bundleStrings } from "../i18n/bundleText.ts";
import { sha256Sums } from "../lib/downloads/sha256Sums.ts";
import { type ArchiveEntry, zipPieces } from "../lib/downloads/zipArchive.ts";
import { formatPartialDate } from "../lib/format/formatPartialDate.ts";
import type { Bilingual, Lang } from "../lib/model.ts";
import { sha256Hex } from "../node/sha256.ts";
import { type BundleCatalog, describeBundleFile } from "./bundleFileDescription.ts";
import { langs } from "./routes.ts";

/** A file of a bundle: its path inside, its size and SHA-256, and its bytes, read when it is packed. */
export interface BundleFile {
  path: string;
  size: number;
  /** SHA-256 of the file, lowercase hex. */
  sha256: string;
  read(): Uint8Array | Promise<Uint8Array>;
}

/** A file held in memory, as a bundle file (its SHA-256 computed here). */
export function bundleFile(entry: ArchiveEntry): BundleFile {
  return {
    path: entry.path,
    size: entry.bytes.byteLength,
    sha256: sha256Hex(entry.bytes),
    read: () => entry.bytes,
  };
}

/** What a bundle's README says besides its list of files. */
export interface BundleInput {
  /** A release's bundle, or the bundle of the live data. */
  kind: "release" | "live";
  /** The collection's short name (the publisher's). */
  title: Bilingual;
  /** A line under the heading: a release's title. */
  subtitle?: Bilingual;
  version: string;
  /** The release date, or the build date of the live data (`YYYY-MM-DD`). */
  date: string;
  /** The page that lists these files (the release page or the data catalog), per language. */
  pageUrl: Readonly<Record<Lang, string>>;
  licence: { id: string; title: Bilingual; url: string };
  /** The citation to give, per language. */
  citation: Readonly<Record<Lang, string>>;
  /** Whose titles describe the files. */
  catalog: BundleCatalog;
  /** The files, in the order the README lists them. */
  files: readonly BundleFile[];
}

/** A table cell of Markdown: pipes escaped, on one line. */
function cell(text: string): string {
  return text.replaceAll("|", "\\|").replace(/\s+/g, " ");
}

/**
 * Writes a bundle's README.md, in Bahasa Indonesia then English: what the files are, the licence,
 * how to cite them, how to read the tables and how to check the files against SHA256SUMS.
 */
export function bundleReadme(input: BundleInput): string {
  const sections = langs.map((lang) => {
    const say = bundleStrings.translator(lang);
    const vars = {
      title: input.title[lang],
      version: input.version,
      date: formatPartialDate(input.date, lang),
      url: input.pageUrl[lang],
    };
    const rows = input.files.map(
      (file) =>
        `| \`${file.path}\` | ${cell(describeBundleFile(file.path, input.catalog, lang))} | ${file.size} | \`${file.sha256}\` |`,
    );
    return [
      `# ${say(input.kind === "release" ? "readme.releaseHeading" : "readme.liveHeading", vars)}`,
      "",
      ...(input.subtitle ? [`**${input.subtitle[lang]}**`, ""] : []),
      say(input.kind === "release" ? "readme.releaseLede" : "readme.liveLede", vars),
      "",
      say("readme.notOfficial"),
      "",
      `## ${say("readme.licence")}`,
      "",
      say("readme.licenceText", {
        licence: `${input.licence.title[lang]} (${input.licence.id})`,
        url: input.licence.url,
      }),
      "",
      `## ${say("readme.cite")}`,
      "",
      input.citation[lang],
      "",
      `## ${say("readme.files")}`,
      "",
      say("readme.fileHead"),
      "|---|---|---:|---|",
      ...rows,
      "",
      `## ${say("readme.reading")}`,
      "",
      say("readme.readingText"),
      "",
      `## ${say("readme.check")}`,
      "",
      say("readme.checkText"),
      "",
    ].join("\n");
  });
  return sections.join("\n---\n\n");
}

/**
 * Packs a download bundle: README.md (licence, citation, what each file is), the files, and
 * SHA256SUMS with the checksum of every other file, as a zip archive with fixed timestamps, in
 * pieces: each file is read when its turn comes, so the bundle of a large site is never held whole.
 */
export function bundleArchive(input: BundleInput): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  const readme = encoder.encode(bundleReadme(input));
  const sums = sha256Sums([
    { path: "README.md", sha256: sha256Hex(readme) },
    ...input.files.map((file) => ({ path: file.path, sha256: file.sha256 })),
  ]);
  async function* entries(): AsyncGenerator<ArchiveEntry> {
    yield { path: "README.md", bytes: readme };
    for (const file of input.files) yield { path: file.path, bytes: await file.read() };
    yield { path: "SHA256SUMS", bytes: encoder.encode(sums) };
  }
  return zipPieces(entries());
}
