import { FileAccessError, type FolderIO, isMissingFile } from "../io.ts";
import { type Issue, issue } from "../issue.ts";

/** JSON files (datasets, the catalog, schemas) are read whole: at most this many bytes (64 MiB). */
export const maxJsonBytes = 64 * 1024 * 1024;

/** Where a file is named, for the issue when it cannot be read. */
export interface ReadPlace {
  /** The file as shown in the report (`activities.csv`, `schemas/defs.schema.json`). */
  file: string;
  dataset?: string;
  /** The rule shown for a missing or unreadable file. */
  rule: string;
}

/**
 * Reads a file the validator needs, refusing one over `maxBytes` (before reading it when the adapter
 * can tell, else once read), or reports why it cannot be read and returns `undefined`.
 */
export async function readDataFile(
  io: FolderIO,
  path: string,
  place: ReadPlace,
  report: (found: Issue) => void,
  maxBytes?: number,
): Promise<Uint8Array | undefined> {
  try {
    const bytes = await io.readFile(path, maxBytes === undefined ? undefined : { maxBytes });
    if (maxBytes !== undefined && bytes.length > maxBytes)
      throw new FileAccessError("ETOOLARGE", `${path} is larger than ${maxBytes} bytes`, bytes.length);
    return bytes;
  } catch (error) {
    report(readIssue(error, place, maxBytes));
    return undefined;
  }
}

/**
 * Turns an error from `FolderIO.readFile` into a located issue: a missing file, a path that leaves
 * its folder, something that is not a regular file, a file over the size limit, or any other read
 * failure. The message never quotes the file's content.
 */
export function readIssue(error: unknown, place: ReadPlace, maxBytes = 0): Issue {
  const code = (error as { code?: unknown } | null)?.code;
  const base = { file: place.file, ...(place.dataset === undefined ? {} : { dataset: place.dataset }) };
  if (isMissingFile(error)) return issue({ ...base, code: "missing-file", rule: place.rule });
  if (code === "EOUTSIDE")
    return issue({
      ...base,
      code: "unsafe-path",
      rule: "files stay inside their folder",
      params: { reason: "link" },
    });
  if (code === "ENOTFILE") return issue({ ...base, code: "not-a-file", rule: "files are regular files" });
  if (code === "ETOOLARGE") {
    const size = Number((error as { size?: unknown }).size ?? 0);
    return issue({
      ...base,
      code: "file-too-large",
      rule: `file size: at most ${maxBytes} bytes`,
      params: { size, limit: maxBytes },
    });
  }
  return issue({
    ...base,
    code: "unreadable-file",
    rule: place.rule,
    params: { detail: error instanceof Error ? error.message : String(error) },
  });
}
