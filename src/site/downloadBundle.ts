import { bundleText } from "../i18n/bundleText.ts";
import type { ArchiveEntry } from "../lib/downloads/zipArchive.ts";
import { bundleArchive, bundleFile } from "./bundleArchive.ts";
import { bundleCatalog } from "./bundleFileDescription.ts";
import { catalogLicence } from "./catalogLicence.ts";
import { dataPackageFile } from "./dataPackageFile.ts";
import { iatiFile, iatiFileName } from "./iatiFile.ts";
import { perLang } from "./perLang.ts";
import { qualityFile } from "./qualityFile.ts";
import { pathOf } from "./routes.ts";
import type { SiteData } from "./siteData.ts";
import { absoluteUrl } from "./siteUrl.ts";

/**
 * Packs every live download into one zip: datapackage.json (its JSON Schemas under `schemas/`), each
 * dataset's CSV, JSON and XLSX, quality.json, the IATI activity file and the schemas, with a README (licence, citation,
 * what each file is) and SHA256SUMS. The files are byte for byte those served one by one; the
 * archive comes in pieces, each dataset file read from the build's download store when its turn comes.
 * `iati` is the IATI file's bytes when they were made already (on the build's worker thread, for
 * `/downloads/iati-activities.xml`), so that a build makes them once; made here otherwise.
 */
export function downloadBundle(
  data: SiteData,
  schemaFiles: readonly ArchiveEntry[],
  site: URL | string | undefined,
  iati?: Uint8Array,
): AsyncGenerator<Uint8Array> {
  const { catalog } = data;
  const title = catalog.publisher.name;
  const pageUrl = perLang((lang) => absoluteUrl(pathOf({ kind: "catalog" }, lang), site));
  const licence = perLang((lang) => catalogLicence(data.catalog, lang));
  const downloads = [...data.siteDatasets.values()].flatMap((d) => d.downloads);
  return bundleArchive({
    kind: "live",
    title,
    version: data.version,
    date: data.builtOn,
    pageUrl,
    licence: { id: licence.en.id, title: perLang((lang) => licence[lang].name), url: licence.en.href },
    citation: perLang((lang) =>
      bundleText(lang, "readme.liveCitation", {
        publisher: title[lang],
        year: data.builtOn.slice(0, 4),
        title: catalog.title[lang],
        version: data.version,
        url: pageUrl[lang],
      }),
    ),
    catalog: bundleCatalog(data.catalog),
    files: [
      bundleFile({ path: "datapackage.json", bytes: dataPackageFile(data, site, "schemas/").bytes }),
      ...downloads.map((file) => ({
        path: file.fileName,
        size: file.size,
        sha256: file.sha256,
        read: file.read,
      })),
      bundleFile({ path: "quality.json", bytes: qualityFile(data).bytes }),
      bundleFile({ path: iatiFileName, bytes: iati ?? iatiFile(data, site).bytes }),
      ...schemaFiles.map((file) => bundleFile({ path: `schemas/${file.path}`, bytes: file.bytes })),
    ],
  });
}
