/** Read access to a folder, passed into the core so it never touches the file system itself. */
export interface FolderIO {
  /** Reads a file by path relative to the folder; rejects with an error carrying `code: "ENOENT"` when absent. */
  readFile(relPath: string): Promise<Uint8Array>;
}

/** Tells whether an error thrown by `FolderIO.readFile` means the file does not exist. */
export function isMissingFile(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ENOENT";
}
