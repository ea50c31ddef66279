import { releaseChunk } from "../csv/releaseChunk.ts";
import type { FolderIO } from "../io.ts";

/** A `FolderIO` that can also hand a file over in chunks, so large files are never read whole. */
export interface ChunkedFolderIO extends FolderIO {
  /**
   * Reads a file chunk by chunk; rejects like `readFile` when the file is absent. The chunks are handed
   * over: once read, a chunk that is a whole buffer is emptied (its memory freed, or passed to a worker
   * thread), so yield fresh buffers or views, never one that is used again.
   */
  readChunks?(relPath: string): AsyncIterable<Uint8Array>;
  /**
   * Reads the bytes of a file from `start` up to `end` (exclusive; the file's end when absent), chunk by
   * chunk, handed over like `readChunks`' (for reading a large file in ranges on several threads).
   */
  readRange?(relPath: string, start: number, end?: number): AsyncIterable<Uint8Array>;
  /** The size of a file in bytes. */
  size?(relPath: string): Promise<number>;
}

/** Yields a file's bytes in chunks: streamed when the I/O can, else in one piece. */
export async function* chunksOf(io: ChunkedFolderIO, relPath: string): AsyncIterable<Uint8Array> {
  if (io.readChunks) {
    for await (const chunk of io.readChunks(relPath)) {
      yield chunk;
      // The reader asks for the next chunk once it is done with this one: free its memory now. A chunk
      // that lives through a few young collections is otherwise only freed by a full one, and a fast
      // reader then holds dozens of dead megabytes.
      releaseChunk(chunk);
    }
    return;
  }
  yield await io.readFile(relPath);
}
