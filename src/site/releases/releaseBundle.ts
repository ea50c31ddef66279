import { bilingualOf, type ReadCatalog } from "../../lib/catalog.ts";
import { collectBytes } from "../../lib/downloads/collectBytes.ts";
import type { ArchiveEntry } from "../../lib/downloads/zipArchive.ts";
import type { Lang } from "../../lib/model.ts";
import { citationText } from "../../lib/releases/citation.ts";
import { isJsonObject } from "../../lib/releases/jsonValue.ts";
import type { ReleaseChangelog } from "../../lib/releases/releaseChangelog.ts";
import { releaseCitationInput } from "../../lib/releases/releaseCitation.ts";
import type { ReleaseSnapshot } from "../../lib/releases/releaseSnapshot.ts";
import { bundleArchive, bundleFile } from "../bundleArchive.ts";
import { bundleCatalog } from "../bundleFileDescription.ts";
import { catalogLicence } from "../catalogLicence.ts";
import { perLang } from "../perLang.ts";
import { pathOf } from "../routes.ts";
import { absoluteUrl } from "../siteUrl.ts";
import { changelogFile } from "./changelogFile.ts";
import { releaseDataPackage } from "./releaseDataPackage.ts";

/** The publisher's name in a language, as the catalog gives it. */
function publisherName(catalog: ReadCatalog, lang: Lang): string {
  return (
    (isJsonObject(catalog.publisher) ? bilingualOf(catalog.publisher.name)?.[lang] : undefined) ??
    "KSST Terbuka"
  );
}

/**
 * Packs a release into one zip: every file it published (datasets, catalog.json, release.json, the
 * schemas), its changelog.json and datapackage.json, a README (licence, citation, what each file
 * is) and SHA256SUMS. `files` are the release's own files as read from its folder.
 */
export function releaseBundle(
  release: { snapshot: ReleaseSnapshot; changelog: ReleaseChangelog },
  files: readonly ArchiveEntry[],
  site: URL | string | undefined,
): Promise<Uint8Array> {
  const { manifest, catalog } = release.snapshot;
  const byPath = new Map(files.map((file) => [file.path, file.bytes]));
  const pageUrl = perLang((lang) =>
    absoluteUrl(pathOf({ kind: "release", version: manifest.version }, lang), site),
  );
  const dataPackage = releaseDataPackage(release.snapshot, byPath, site);
  const licence = perLang((lang) => catalogLicence(catalog, lang));
  const archive = bundleArchive({
    kind: "release",
    title: perLang((lang) => publisherName(catalog, lang)),
    subtitle: perLang((lang) => manifest.title[lang]),
    version: manifest.version,
    date: manifest.date,
    pageUrl,
    licence: { id: licence.en.id, title: perLang((lang) => licence[lang].name), url: licence.en.href },
    citation: perLang((lang) =>
      citationText(releaseCitationInput(catalog, manifest, lang, pageUrl[lang]), lang),
    ),
    catalog: bundleCatalog(catalog),
    files: [
      { path: "datapackage.json", bytes: dataPackage.bytes },
      ...files,
      { path: "changelog.json", bytes: changelogFile(release.changelog, site) },
    ].map(bundleFile),
  });
  return collectBytes(archive);
}
