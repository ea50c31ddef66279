/** A file written piece by piece and kept aside: its size, SHA-256 and a way to read it back. */
export interface StoredFile {
  size: number;
  /** SHA-256 of the file, lowercase hex. */
  sha256: string;
  /** Reads the whole file back (for the one moment it is served). */
  read(): Promise<Uint8Array>;
}

/**
 * Keeps the download files of a build, written piece by piece, so that a large download is not held
 * in memory from the moment it is made until it is served: on disk during `npm run build`
 * (`src/node/fileDownloadStore.ts`), in memory for `astro dev` and tests
 * (`src/node/memoryDownloadStore.ts`). Passed in, as the core does no I/O of its own.
 */
export interface DownloadStore {
  /** Writes a file under `name` from its pieces, in order; a name written again is replaced. */
  put(name: string, pieces: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Promise<StoredFile>;
}
