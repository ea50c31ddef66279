import { type ReleaseTextKey, releaseStrings } from "../../i18n/releaseText.ts";
import { bilingualOf, entryTitle } from "../../lib/catalog.ts";
import { formatBytes } from "../../lib/format/formatBytes.ts";
import { formatNumber } from "../../lib/format/formatNumber.ts";
import { formatPartialDate } from "../../lib/format/formatPartialDate.ts";
import type { Lang } from "../../lib/model.ts";
import { citationBibtex, citationText } from "../../lib/releases/citation.ts";
import type { SchemaRoot } from "../../lib/releases/pathLabel.ts";
import { recordLabel } from "../../lib/releases/recordLabel.ts";
import type {
  DatasetChangelog,
  DatasetStatus,
  ReleaseChangelog,
} from "../../lib/releases/releaseChangelog.ts";
import { releaseCitationInput } from "../../lib/releases/releaseCitation.ts";
import { datasetSchemaRoot, type ReleaseSnapshot } from "../../lib/releases/releaseSnapshot.ts";
import type { SchemaRegistry } from "../../lib/schema/jsonSchema.ts";
import type { Translator } from "../../lib/text/stringTable.ts";
import { releaseBundleName, releaseFilePath } from "../filePaths.ts";
import { pathOf } from "../routes.ts";
import { absoluteUrl } from "../siteUrl.ts";
import { type ChangeView, changeViews } from "./changeView.ts";

/** A release as the page needs it: its snapshot and changelog, and the snapshot before it. */
export interface ReleasePageInput {
  snapshot: ReleaseSnapshot;
  changelog: ReleaseChangelog;
  previous?: ReleaseSnapshot | undefined;
  lang: Lang;
  /** The site's absolute base URL, for the citation (e.g. `https://ksst.example.org/`); unknown: relative. */
  site: string | undefined;
  /** Links a record to its page on the site, when it has one. */
  recordHref?: (dataset: string, key: string) => string | undefined;
  /** Most rows listed per kind and dataset; the JSON changelog has them all (default 200). */
  maxRows?: number;
}

/** A row of a dataset's changelog: its key, name, link, rename hint and field changes. */
export interface RowView {
  key: string;
  label?: string;
  href?: string;
  note?: string;
  changes: ChangeView[];
}

/** A list of rows, cut at the page's limit, with the sentence saying so when cut. */
export interface RowList {
  heading: string;
  rows: RowView[];
  truncated?: string;
}

/** One dataset's part of a release changelog, ready to render. */
export interface DatasetChangeView {
  name: string;
  title: string;
  file: string;
  status: DatasetStatus;
  statusLabel: string;
  summary: string;
  added: RowList;
  removed: RowList;
  changed: RowList;
  /** A sentence when no row changed (none when rows did). */
  quiet?: string;
  metadata: ChangeView[];
}

/** A download of the release at its permanent address. */
export interface DownloadView {
  title: string;
  file: string;
  href: string;
  rows: string;
  size: string;
  sha256: string;
}

/** Everything a release page shows, in its language. */
export interface ReleasePageView {
  version: string;
  heading: string;
  title: string;
  notes: string;
  published: string;
  follows?: { text: string; href: string; version: string };
  citation: string;
  bibtex: string;
  /** The release page's path, which the citation names (absolute when the site's address is known). */
  pagePath: string;
  downloads: DownloadView[];
  links: { text: string; href: string }[];
  changelog: {
    lede: string;
    totals: string;
    /** Datasets with a change (or new, or dropped), in catalog order. */
    datasets: DatasetChangeView[];
    /** Datasets whose file is byte-identical to the previous release's. */
    unchanged: { title: string; file: string }[];
    metadata: ChangeView[];
  };
}

/** The strings of the release pages bound to one language, and a number formatter in it. */
interface Speaker {
  lang: Lang;
  say: Translator<ReleaseTextKey>;
  count(value: number): string;
}

/** Builds the release page's content from a release, in one language. */
export function releasePageView(input: ReleasePageInput): ReleasePageView {
  const { snapshot, changelog, lang } = input;
  const { manifest } = snapshot;
  const speaker: Speaker = {
    lang,
    say: releaseStrings.translator(lang),
    count: (value) => formatNumber(value, lang),
  };
  const { say } = speaker;
  const pagePath = pathOf({ kind: "release", version: manifest.version }, lang);
  const citation = releaseCitationInput(snapshot.catalog, manifest, lang, absoluteUrl(pagePath, input.site));
  const titles = new Map(snapshot.catalog.datasets.map((entry) => [entry.name, entryTitle(entry)[lang]]));
  return {
    version: manifest.version,
    heading: say("release.pageTitle", { version: manifest.version }),
    title: manifest.title[lang],
    notes: manifest.notes[lang],
    published: say("release.published", { date: formatPartialDate(manifest.date, lang) }),
    ...optional("follows", changelog.previous && followsView(changelog.previous, speaker)),
    citation: citationText(citation, lang),
    bibtex: citationBibtex(citation, "ksst-terbuka"),
    pagePath,
    downloads: downloadViews(snapshot, titles, speaker),
    links: releaseLinks(manifest.version, speaker),
    changelog: changelogView(input, titles, speaker),
  };
}

/** The release this one follows: a sentence naming it and a link to its page. */
function followsView(
  previous: NonNullable<ReleaseChangelog["previous"]>,
  { lang, say }: Speaker,
): NonNullable<ReleasePageView["follows"]> {
  return {
    text: say("release.follows", { version: previous.version, date: formatPartialDate(previous.date, lang) }),
    href: pathOf({ kind: "release", version: previous.version }, lang),
    version: previous.version,
  };
}

/** Each dataset file of the release at its permanent address, with its rows, size and checksum. */
function downloadViews(
  snapshot: ReleaseSnapshot,
  titles: ReadonlyMap<string, string>,
  { lang, say, count }: Speaker,
): DownloadView[] {
  const { manifest } = snapshot;
  return manifest.datasets.map((dataset) => ({
    title: titles.get(dataset.name) ?? dataset.name,
    file: dataset.path,
    href: releaseFilePath(manifest.version, dataset.path),
    rows: say("release.rowsCount", { rows: count(dataset.rows) }),
    size: formatBytes(dataset.bytes, lang),
    sha256: dataset.sha256,
  }));
}

/** The release's other files: the bundle, its data package, catalog, manifest, checksums and changelog. */
function releaseLinks(version: string, { say }: Speaker): { text: string; href: string }[] {
  const file = (name: string) => releaseFilePath(version, name);
  return [
    { text: say("release.bundle"), href: file(releaseBundleName(version)) },
    { text: say("release.dataPackage"), href: file("datapackage.json") },
    { text: say("release.catalogFile"), href: file("catalog.json") },
    { text: say("release.manifest"), href: file("release.json") },
    { text: say("release.checksums"), href: file("SHA256SUMS") },
    { text: say("release.changelogJson"), href: file("changelog.json") },
  ];
}

/** What changed since the previous release: totals, each changed dataset, the unchanged ones, the catalog's metadata. */
function changelogView(
  input: ReleasePageInput,
  titles: ReadonlyMap<string, string>,
  speaker: Speaker,
): ReleasePageView["changelog"] {
  const { snapshot, changelog, lang } = input;
  const { say, count } = speaker;
  return {
    lede: changelog.previous
      ? say("release.changelogLede", { previous: changelog.previous.version })
      : say("release.changelogFirst"),
    totals: say("release.totals", {
      added: count(changelog.totals.added),
      removed: count(changelog.totals.removed),
      changed: count(changelog.totals.changed),
    }),
    datasets: changelog.datasets
      .filter((dataset) => dataset.status !== "unchanged")
      .map((dataset) => datasetChangeView(dataset, input, speaker)),
    unchanged: changelog.datasets
      .filter((dataset) => dataset.status === "unchanged")
      .map((dataset) => ({ title: titles.get(dataset.name) ?? dataset.title[lang], file: dataset.file })),
    metadata: changeViews(changelog.metadata, catalogRoot(snapshot), lang),
  };
}

/** One dataset's changes: its added, removed and changed rows (cut at the page's limit) and its metadata changes. */
function datasetChangeView(
  dataset: DatasetChangelog,
  input: ReleasePageInput,
  speaker: Speaker,
): DatasetChangeView {
  const { snapshot, previous, lang } = input;
  const { say, count } = speaker;
  const owner = dataset.status === "dropped" && previous ? previous : snapshot;
  const entry = owner.catalog.datasets.find((candidate) => candidate.name === dataset.name);
  const limit = input.maxRows ?? 200;
  const list = (key: "release.added" | "release.removed" | "release.changed", rows: RowView[]): RowList => ({
    heading: say(key, { count: count(rows.length) }),
    rows: rows.slice(0, limit),
    ...(rows.length > limit
      ? { truncated: say("release.truncated", { shown: count(limit), total: count(rows.length) }) }
      : {}),
  });
  const added = addedRows(dataset, input, speaker);
  const removed = removedRows(dataset, speaker);
  const changed = changedRows(dataset, input, datasetSchemaRoot(owner, dataset.name));
  const rowsChanged = added.length + removed.length + changed.length > 0;
  return {
    name: dataset.name,
    title: bilingualOf(entry?.title)?.[lang] ?? dataset.title[lang],
    file: dataset.file,
    status: dataset.status,
    statusLabel: say(`release.status.${dataset.status}`),
    summary: say("release.totals", {
      added: count(added.length),
      removed: count(removed.length),
      changed: count(changed.length),
    }),
    added: list("release.added", added),
    removed: list("release.removed", removed),
    changed: list("release.changed", changed),
    ...(rowsChanged
      ? {}
      : { quiet: say(dataset.status === "changed" ? "release.fileOnly" : "release.noChange") }),
    metadata: changeViews(dataset.metadata, catalogEntryRoot(owner), lang),
  };
}

/** A similarity between 0 and 1 as a whole percentage in the page's language. */
function similarity(value: number, lang: Lang): string {
  return formatNumber(value, lang, { style: "percent", maximumFractionDigits: 0 });
}

/** The rows a release added, each linked to its page and noted when it may be a renamed row. */
function addedRows(dataset: DatasetChangelog, input: ReleasePageInput, { lang, say }: Speaker): RowView[] {
  return dataset.added.map((row) => ({
    key: row.key,
    ...optional("label", recordLabel(row.record, lang)),
    ...optional("href", input.recordHref?.(dataset.name, row.key)),
    ...optional(
      "note",
      row.possibleRenameOf &&
        say("release.renameOf", {
          key: row.possibleRenameOf.key,
          similarity: similarity(row.possibleRenameOf.similarity, lang),
        }),
    ),
    changes: [],
  }));
}

/** The rows a release removed, noted when one may have been renamed. */
function removedRows(dataset: DatasetChangelog, { lang, say }: Speaker): RowView[] {
  return dataset.removed.map((row) => ({
    key: row.key,
    ...optional("label", recordLabel(row.record, lang)),
    ...optional(
      "note",
      row.possibleRenameTo &&
        say("release.renameTo", {
          key: row.possibleRenameTo.key,
          similarity: similarity(row.possibleRenameTo.similarity, lang),
        }),
    ),
    changes: [],
  }));
}

/** The rows a release changed, named as they are now, with each field's old and new value. */
function changedRows(dataset: DatasetChangelog, input: ReleasePageInput, root: SchemaRoot): RowView[] {
  const { snapshot, lang } = input;
  const currentRecords = new Map(
    (snapshot.datasets[dataset.name] ?? []).map((record) => [
      String((record as Record<string, unknown>)[dataset.primaryKey] ?? ""),
      record,
    ]),
  );
  return dataset.changed.map((row) => ({
    key: row.key,
    ...optional("label", recordLabel(currentRecords.get(row.key) as never, lang)),
    ...optional("href", input.recordHref?.(dataset.name, row.key)),
    changes: changeViews(row.changes, root, lang),
  }));
}

function registryOf(snapshot: ReleaseSnapshot): SchemaRegistry {
  return new Map(Object.entries(snapshot.schemas));
}

function catalogRoot(snapshot: ReleaseSnapshot): SchemaRoot {
  return {
    node: snapshot.schemas["catalog.schema.json"],
    base: "catalog.schema.json",
    registry: registryOf(snapshot),
  };
}

/** The schema of one entry of the catalog's `datasets` list, for naming changes to it. */
function catalogEntryRoot(snapshot: ReleaseSnapshot): SchemaRoot {
  const catalog = snapshot.schemas["catalog.schema.json"];
  const datasets = catalog?.properties?.datasets;
  return { node: datasets?.items, base: "catalog.schema.json", registry: registryOf(snapshot) };
}

/** Spreads `{ [name]: value }` only when the value is defined (exactOptionalPropertyTypes). */
function optional<K extends string, V>(name: K, value: V | undefined | false | ""): { [key in K]?: V } {
  return value === undefined || value === false || value === ""
    ? {}
    : ({ [name]: value } as { [key in K]: V });
}
