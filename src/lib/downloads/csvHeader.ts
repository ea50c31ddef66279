import Papa from "papaparse";
import { decodeText } from "../csv/decodeText.ts";

/** Reads the header row (column names, in order) of a CSV file's bytes. */
export function csvHeader(bytes: Uint8Array): string[] {
  const { text } = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { preview: 1, skipEmptyLines: true });
  return (parsed.data[0] ?? []).map((name) => name.trim());
}
