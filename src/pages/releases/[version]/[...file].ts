// Permanent downloads of a release: /releases/<version>/<file>, each byte-exact as published
// (checked against release.json's SHA-256), the schemas under schemas/, release.json itself,
// SHA256SUMS, the release's datapackage.json and its zip bundle (README, checksums, every file).
import type { APIRoute, GetStaticPaths } from "astro";
import { checksumList, servedFiles } from "../../../lib/releases/checksumList.ts";
import { getReleases, readReleaseFiles } from "../../../node/releases.ts";
import { releaseBundleName } from "../../../site/filePaths.ts";
import { releaseBundle } from "../../../site/releases/releaseBundle.ts";
import { releaseDataPackage } from "../../../site/releases/releaseDataPackage.ts";

export const getStaticPaths = (async () => {
  const { releases } = await getReleases();
  return releases.flatMap(({ snapshot: { manifest } }) =>
    [
      ...new Set([...servedFiles(manifest), ...manifest.files.map((file) => file.path)]),
      "datapackage.json",
      releaseBundleName(manifest.version),
    ].map((file) => ({ params: { version: manifest.version, file } })),
  );
}) satisfies GetStaticPaths;

const mediaTypes: Readonly<Record<string, string>> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  zip: "application/zip",
};

export const GET: APIRoute = async ({ params, site }) => {
  const version = params.version ?? "";
  const name = params.file ?? "";
  const release = (await getReleases()).byVersion.get(version);
  if (!release) return new Response(null, { status: 404 });
  const { manifest } = release.snapshot;
  const files = await readReleaseFiles(release);
  let bytes: Uint8Array | undefined;
  if (name === "SHA256SUMS") bytes = new TextEncoder().encode(checksumList(manifest));
  else if (name === "datapackage.json")
    bytes = releaseDataPackage(release.snapshot, new Map(files.map((f) => [f.path, f.bytes])), site).bytes;
  else if (name === releaseBundleName(version)) bytes = await releaseBundle(release, files, site);
  else bytes = files.find((file) => file.path === name)?.bytes;
  if (!bytes) return new Response(null, { status: 404 });
  const extension = name.split(".").pop() ?? "";
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: { "Content-Type": mediaTypes[extension] ?? "text/plain; charset=utf-8" },
  });
};
