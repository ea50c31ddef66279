import { type Issue, issue } from "../issue.ts";

/** Why a path written in the catalog or a schema may not be read: it could lead outside its folder. */
export type PathProblem = "not-text" | "empty" | "absolute" | "parent" | "backslash" | "control";

/**
 * Checks a file path written in the data (a catalog's `path` and `schema`, a codelist name) before
 * anything is read: it must be relative, stay inside its folder (no `..` segment), use `/` between
 * folders and hold no control characters. Returns the problem, or `undefined` for a safe path.
 * Links that leave the folder are the I/O adapter's to refuse (see `FolderIO`).
 */
export function pathProblem(path: unknown): PathProblem | undefined {
  if (typeof path !== "string") return "not-text";
  if (path === "") return "empty";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f-\u009f]/.test(path)) return "control";
  if (path.includes("\\")) return "backslash";
  // `/etc/passwd`, `C:/…`, `file:/…`, `//host/…`
  if (path.startsWith("/") || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(path)) return "absolute";
  if (path.split("/").some((segment) => segment === "..")) return "parent";
  return undefined;
}

/** Where a path was written, for the issue when it is unsafe. */
export interface PathPlace {
  /** The file the path is written in (`catalog.json`, `schemas/activities.schema.json`). */
  file: string;
  /** The JSON pointer of the path inside that file (`/datasets/2/schema`). */
  pointer: string;
  /** The field, for the report's column (`schema`). */
  column: string;
}

/** Returns the located `unsafe-path` issue for a path that may not be read, or `undefined` when it is safe. */
export function pathIssue(path: unknown, place: PathPlace): Issue | undefined {
  const reason = pathProblem(path);
  if (reason === undefined) return undefined;
  return issue({
    code: "unsafe-path",
    file: place.file,
    column: place.column,
    ...(place.pointer === "" ? {} : { pointer: place.pointer }),
    value: typeof path === "string" ? path : (JSON.stringify(path) ?? String(path)),
    rule: "files stay inside their folder",
    params: { reason },
  });
}
