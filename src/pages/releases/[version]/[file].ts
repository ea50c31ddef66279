// Permanent downloads of a release: /releases/<version>/<file>, each byte-exact as published
// (checked against release.json's SHA-256), plus release.json itself and SHA256SUMS.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import { checksumList, servedFiles } from "../../../lib/releases/checksumList.ts";
import { getReleases, readReleaseFile } from "../../../node/releases.ts";

export const getStaticPaths = (async () => {
  const { releases } = await getReleases();
  return releases.flatMap(({ snapshot }) =>
    servedFiles(snapshot.manifest).map((file) => ({ params: { version: snapshot.manifest.version, file } })),
  );
}) satisfies GetStaticPaths;

const mediaTypes: Readonly<Record<string, string>> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

export const GET: APIRoute = async ({ params }) => {
  const version = params.version ?? "";
  const name = params.file ?? "";
  const release = (await getReleases()).byVersion.get(version);
  if (!release) return new Response(null, { status: 404 });
  const { manifest } = release.snapshot;
  let bytes: Uint8Array;
  if (name === "SHA256SUMS") bytes = new TextEncoder().encode(checksumList(manifest));
  else if (name === "release.json")
    bytes = new Uint8Array(await readFile(resolve(release.dir, "release.json")));
  else {
    const file = [...manifest.datasets, ...manifest.files].find((candidate) => candidate.path === name);
    if (!file) return new Response(null, { status: 404 });
    bytes = await readReleaseFile(resolve(release.dir, ".."), version, file);
  }
  const extension = name.split(".").pop() ?? "";
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: { "Content-Type": mediaTypes[extension] ?? "text/plain; charset=utf-8" },
  });
};
