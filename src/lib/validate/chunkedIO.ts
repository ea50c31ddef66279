import type { FolderIO } from "../io.ts";

/** A `FolderIO` that can also hand a file over in chunks, so large files are never read whole. */
export interface ChunkedFolderIO extends FolderIO {
  /** Reads a file chunk by chunk; rejects like `readFile` when the file is absent. */
  readChunks?(relPath: string): AsyncIterable<Uint8Array>;
}

/** Yields a file's bytes in chunks: streamed when the I/O can, else in one piece. */
export async function* chunksOf(io: ChunkedFolderIO, relPath: string): AsyncIterable<Uint8Array> {
  if (io.readChunks) {
    yield* io.readChunks(relPath);
    return;
  }
  yield await io.readFile(relPath);
}
