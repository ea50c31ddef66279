import { decodeText } from "../csv/decodeText.ts";
import { issue } from "../issue.ts";
import { readJsonText } from "../json/readJsonText.ts";
import { schemaIssues } from "../schema/schemaIssues.ts";
import { jsonIssues } from "./jsonIssues.ts";
import type { DatasetReadArgs } from "./readCsvDataset.ts";
import { maxJsonBytes, readDataFile } from "./readDataFile.ts";

/**
 * Reads a JSON dataset (an array of records, read whole: these files are small and nested),
 * validates each record as it is and hands it on. Returns the number of records.
 */
export async function readJsonDataset(args: DatasetReadArgs): Promise<number> {
  const { info, io, validate, issues, onRecord } = args;
  const { entry } = info;
  const file = entry.path;
  const base = { file, dataset: entry.name };
  const bytes = await readDataFile(
    io,
    file,
    { ...base, rule: "catalog: every dataset file exists" },
    (found) => issues.push(found),
    maxJsonBytes,
  );
  if (bytes === undefined) return 0;
  const decoded = decodeText(bytes);
  if (decoded.notUtf8) {
    issues.push(
      issue({
        ...base,
        code: "encoding",
        ...(decoded.invalidLine === undefined ? {} : { row: decoded.invalidLine }),
        ...(decoded.invalidByte === undefined ? {} : { value: decoded.invalidByte }),
        rule: "encoding: UTF-8",
        params: { byte: decoded.invalidByte ?? "", offset: decoded.invalidOffset ?? 0 },
      }),
    );
  }
  const parsed = await readJsonText(decoded.text);
  for (const found of jsonIssues(parsed.problems, { ...base, records: true })) issues.push(found);
  const data = parsed.value;
  if (data === undefined) return 0;
  if (!Array.isArray(data)) {
    issues.push(issue({ ...base, code: "not-an-array", rule: "JSON: an array of records", params: {} }));
    return 0;
  }
  const lines = parsed.elementLines;
  data.forEach((record: unknown, index) => {
    const row = index + 1;
    const line = lines[index];
    const errors = validate(record);
    if (errors) {
      for (const found of schemaIssues(errors, { ...base, row, fields: info.fields }, record))
        issues.push(line === undefined ? found : { ...found, line });
    }
    if (typeof record === "object" && record !== null && !Array.isArray(record))
      onRecord({ dataset: info, record: record as Record<string, unknown>, row });
  });
  return data.length;
}
