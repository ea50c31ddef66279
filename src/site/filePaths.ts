import type { Lang } from "../lib/model.ts";
import { pathOf } from "./routes.ts";

// The URL paths of the site's files (downloads, release files, the feed, chart files). Pages are
// addressed by the route table in routes.ts; every file URL the site links to is written here.

/** Returns the URL path of a file under `/downloads/`. */
export function downloadPath(fileName: string): string {
  return `/downloads/${fileName}`;
}

/** The URL path of the Frictionless Data Package that describes every download. */
export const dataPackagePath = downloadPath("datapackage.json");

/** The URL path of every activity as IATI 2.03 activity XML. */
export const iatiPath = downloadPath("iati-activities.xml");

/** The URL path of the catalog as DCAT-AP 3.0 JSON-LD. */
export const dcatApPath = downloadPath("dcat.jsonld");

/** The URL path of the catalog as DCAT-US 1.1, at the site's root where harvesters look for it. */
export const dcatUsPath = "/data.json";

/** The URL path of the OpenAPI 3.1 description of the static JSON API. */
export const apiDocumentPath = "/api/v1/openapi.json";

/** The URL path of the quality report of every dataset, as JSON. */
export const qualityReportPath = downloadPath("quality.json");

/** Returns the permanent URL path of a file of a release, e.g. `/releases/1.0.0/activities.csv`. */
export function releaseFilePath(version: string, file: string): string {
  return `/releases/${encodeURIComponent(version)}/${file.split("/").map(encodeURIComponent).join("/")}`;
}

/** Returns the file name of a release's zip bundle, e.g. `ksst-terbuka-1.1.0.zip`. */
export function releaseBundleName(version: string): string {
  return `ksst-terbuka-${version}.zip`;
}

/** The URL path of the zip bundle of every live download (README, checksums, schemas included). */
export const bundlePath = downloadPath("ksst-terbuka.zip");

/** The URL path of the Atom feed of releases. */
export const releaseFeedPath = "/releases/feed.xml";

/** The files each chart can be downloaded as. */
export const chartFileTypes = ["csv", "svg", "png"] as const;

/** A chart download format. */
export type ChartFileType = (typeof chartFileTypes)[number];

/** Returns the file name of a chart download, e.g. `activities-per-year.csv`. */
export function chartFileName(id: string, type: ChartFileType): string {
  return `${id}.${type}`;
}

/** Returns the URL path of a chart download in a language (its labels are in that language). */
export function chartFilePath(id: string, type: ChartFileType, lang: Lang): string {
  return `${pathOf({ kind: "chart", id }, lang)}${chartFileName(id, type)}`;
}

/** Returns the URL path of a chart's place on the dashboard (an anchor). */
export function chartAnchorPath(id: string, lang: Lang): string {
  return `${pathOf({ kind: "dashboard" }, lang)}#${encodeURIComponent(id)}`;
}

/** The URL path of the site's share card, the image social media show for pages without their own. */
export const shareCardPath = "/share-card.png";
