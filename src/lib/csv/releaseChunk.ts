/**
 * Frees the memory of a chunk its reader is done with, when the chunk is a whole buffer (as a file
 * stream yields): a chunk that lives through a few young collections is otherwise freed only by a full
 * one, and a fast reader then holds dozens of dead megabytes outside the heap. A view into a larger
 * buffer (Node's shared pool) is left alone.
 */
export function releaseChunk(chunk: Uint8Array): void {
  const { buffer } = chunk;
  if (!(buffer instanceof ArrayBuffer) || buffer.detached) return;
  if (chunk.byteOffset === 0 && chunk.byteLength === buffer.byteLength) buffer.transfer(0);
}
