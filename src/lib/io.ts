import { CodedError } from "./codedError.ts";

/** How much of a file the core is willing to read, checked by the adapter before it reads anything. */
export interface ReadLimit {
  /** Refuse a file larger than this many bytes (the error carries `code: "ETOOLARGE"` and `size`). */
  maxBytes?: number;
}

/**
 * Read access to a folder, passed into the core so it never touches the file system itself. An
 * adapter reads only regular files inside its folder: it rejects a path that leaves the folder (by
 * `..`, as an absolute path or through a link) with `code: "EOUTSIDE"`, anything that is not a
 * regular file (a folder, a device, a pipe) with `code: "ENOTFILE"`, and a file over
 * `limit.maxBytes` with `code: "ETOOLARGE"`, all before reading a byte (see `FileAccessError`).
 */
export interface FolderIO {
  /** Reads a file by path relative to the folder; rejects with an error carrying `code: "ENOENT"` when absent. */
  readFile(relPath: string, limit?: ReadLimit): Promise<Uint8Array>;
}

/** Why an adapter refused to read a file, before reading it. */
export type FileAccessCode = "EOUTSIDE" | "ENOTFILE" | "ETOOLARGE";

/** A file the adapter refused to read: outside the folder, not a regular file, or too large. */
export class FileAccessError extends CodedError<FileAccessCode> {
  /** The file's size in bytes (`ETOOLARGE`). */
  readonly size?: number;
  constructor(code: FileAccessCode, message: string, size?: number) {
    super(code, message);
    if (size !== undefined) this.size = size;
  }
}

/** Tells whether an error thrown by `FolderIO.readFile` means the file does not exist. */
export function isMissingFile(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ENOENT";
}
