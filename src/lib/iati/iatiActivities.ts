import type { IatiActivityResult } from "./iatiActivity.ts";
import { iatiVersion } from "./iatiCodes.ts";
import type { IatiExclusion } from "./iatiExclusion.ts";

/** Why each kind of left-out activity is left out, as the file's opening comment says it. */
const exclusionReasons: Readonly<Record<IatiExclusion, string>> = {
  "status-unknown":
    "the sources do not say whether it is planned, under way or over (IATI requires activity-status)",
  "no-date": "the sources give no date (IATI requires an activity-date)",
  "no-organisation": "the sources name no organisation that runs it (IATI requires a participating-org)",
};

/** Writes an XML comment, never closing it early. */
function comment(text: string): string {
  return `<!-- ${text.replaceAll("--", "- -")} -->`;
}

/**
 * Writes an IATI 2.03 `<iati-activities>` document from written activities, with an opening comment
 * that names every activity left out and why, and what the file is. Yields it in pieces (one per
 * activity), so a large file is never one string.
 */
export function* iatiActivities(
  results: Iterable<IatiActivityResult>,
  options: { generated: string; about: string },
): Generator<string> {
  const excluded: string[] = [];
  const written: string[] = [];
  for (const result of results) {
    if ("excluded" in result) excluded.push(`${result.id}: ${exclusionReasons[result.excluded]}`);
    else written.push(result.xml);
  }
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `${comment(options.about)}\n`;
  if (excluded.length > 0)
    yield `${comment(`Left out, as IATI would need facts the sources do not give:\n${excluded.map((line) => `  ${line}`).join("\n")}\n`)}\n`;
  yield `<iati-activities version="${iatiVersion}" generated-datetime="${options.generated}">\n`;
  for (const xml of written)
    yield `${xml
      .split("\n")
      .map((line) => `  ${line}`)
      .join("\n")}\n`;
  yield "</iati-activities>\n";
}
