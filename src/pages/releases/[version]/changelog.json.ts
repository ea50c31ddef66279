// The machine-readable changelog of a release: /releases/<version>/changelog.json (see docs/releases.md).
import type { APIRoute, GetStaticPaths } from "astro";
import { changelogDocument } from "../../../lib/releases/changelogDocument.ts";
import { getReleases } from "../../../node/releases.ts";
import { pathOf } from "../../../site/routes.ts";
import { absoluteUrl } from "../../../site/siteUrl.ts";

export const getStaticPaths = (async () => {
  const { releases } = await getReleases();
  return releases.map(({ snapshot }) => ({ params: { version: snapshot.manifest.version } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const release = (await getReleases()).byVersion.get(params.version ?? "");
  if (!release) return new Response(null, { status: 404 });
  const { version } = release.snapshot.manifest;
  const document = changelogDocument(release.changelog, {
    release: absoluteUrl(pathOf({ kind: "release", version }, "id"), site),
    files: absoluteUrl(`/releases/${encodeURIComponent(version)}/`, site),
  });
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
