// The machine-readable changelog of a release: /releases/<version>/changelog.json (see docs/releases.md).
import type { APIRoute, GetStaticPaths } from "astro";
import { getReleases } from "../../../node/releases.ts";
import { changelogFile } from "../../../site/releases/changelogFile.ts";

export const getStaticPaths = (async () => {
  const { releases } = await getReleases();
  return releases.map(({ snapshot }) => ({ params: { version: snapshot.manifest.version } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const release = (await getReleases()).byVersion.get(params.version ?? "");
  if (!release) return new Response(null, { status: 404 });
  return new Response(changelogFile(release.changelog, site) as Uint8Array<ArrayBuffer>, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
