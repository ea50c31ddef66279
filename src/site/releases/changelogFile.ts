import { jsonBytes } from "../../lib/downloads/jsonBytes.ts";
import { changelogDocument } from "../../lib/releases/changelogDocument.ts";
import type { ReleaseChangelog } from "../../lib/releases/releaseChangelog.ts";
import { releaseFilePath } from "../filePaths.ts";
import { pathOf } from "../routes.ts";
import { absoluteUrl } from "../siteUrl.ts";

/** Writes a release's machine-readable changelog, `changelog.json` (see docs/releases.md). */
export function changelogFile(changelog: ReleaseChangelog, site: URL | string | undefined): Uint8Array {
  const { version } = changelog;
  return jsonBytes(
    changelogDocument(changelog, {
      release: absoluteUrl(pathOf({ kind: "release", version }, "id"), site),
      files: absoluteUrl(releaseFilePath(version, ""), site),
    }),
  );
}
