import { ReleaseError } from "./releaseError.ts";

/** A release version, `MAJOR.MINOR.PATCH` (see docs/releases.md for what each part means for data). */
export interface Version {
  major: number;
  minor: number;
  patch: number;
}

/** How much a release changes: `major` breaks citations of rows, `minor` adds, `patch` corrects. */
export type BumpLevel = "major" | "minor" | "patch";

const versionPattern = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** Reads `1.2.3`, or throws a `ReleaseError` naming where the bad version was found. */
export function parseVersion(text: string, where = "version"): Version {
  const match = versionPattern.exec(text);
  if (!match)
    throw new ReleaseError(
      "version-format",
      `${where}: "${text}" is not a version; write MAJOR.MINOR.PATCH, e.g. 1.0.0 (no "v", no leading zeros).`,
    );
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

/** Orders two versions: negative when `a` is older, 0 when equal, positive when newer. */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  return x.major - y.major || x.minor - y.minor || x.patch - y.patch;
}

/** Returns the next version at a level: 1.2.3 → 2.0.0 (major), 1.3.0 (minor), 1.2.4 (patch). */
export function bumpVersion(text: string, level: BumpLevel): string {
  const { major, minor, patch } = parseVersion(text);
  if (level === "major") return `${major + 1}.0.0`;
  if (level === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
