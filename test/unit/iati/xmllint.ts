import { spawnSync } from "node:child_process";

/** What xmllint said about one file: whether it validates, and its error lines. */
export interface XmllintVerdict {
  valid: boolean;
  errors: string[];
}

/** Tells whether Debian's xmllint (libxml2-utils) is installed. */
export function hasXmllint(): boolean {
  return spawnSync("xmllint", ["--version"]).status === 0;
}

/**
 * Validates files against an XML Schema with one xmllint run and returns each file's verdict, read
 * from xmllint's "<file> validates" / "<file> fails to validate" lines and the error lines before them.
 */
export function xmllintValidate(
  schema: string,
  files: readonly string[],
  cwd?: string,
): Map<string, XmllintVerdict> {
  const run = spawnSync("xmllint", ["--noout", "--schema", schema, ...files], {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  const verdicts = new Map<string, XmllintVerdict>(files.map((f) => [f, { valid: false, errors: [] }]));
  for (const line of run.stderr.split("\n")) {
    const passed = line.endsWith(" validates")
      ? verdicts.get(line.slice(0, -" validates".length))
      : undefined;
    if (passed) passed.valid = true;
    // Error lines start with the file name and a colon (file names here hold no colon).
    else verdicts.get(line.slice(0, line.indexOf(":")))?.errors.push(line);
  }
  return verdicts;
}
