import { zipSync } from "fflate";
import { joinBytes } from "./joinBytes.ts";

/** One file of a zip archive: its path inside the archive and its bytes. */
export interface ArchiveEntry {
  path: string;
  bytes: Uint8Array;
}

// Every entry carries the same timestamp, so the same files always give the same archive and checksum.
const fixedTime = new Date("2000-01-01T00:00:00Z");

/** File types that are compressed already (a zip inside a zip gains nothing from deflating again). */
const stored = /\.(xlsx|zip|png)$/i;

/** Writes an archive one entry at a time: `add` returns the entry's bytes, `end` the central directory. */
interface ZipWriter {
  add(entry: ArchiveEntry): Uint8Array;
  end(): Uint8Array;
}

/**
 * Zips entries one at a time with fflate: each entry is zipped on its own by `zipSync` (so it is
 * deflated and framed exactly as in an archive of all the files), its local header and data are
 * returned at once, and its central-directory record is kept (46 bytes and the name) with the
 * entry's offset in the whole archive; `end` writes those records and the end-of-directory record.
 * The bytes are those `zipSync` writes for all the files at once, without holding them all.
 */
function zipWriter(): ZipWriter {
  const records: Uint8Array[] = [];
  const paths = new Set<string>();
  let offset = 0;
  return {
    add(entry) {
      if (paths.has(entry.path)) throw new Error(`The archive lists ${entry.path} twice.`);
      paths.add(entry.path);
      const one = zipSync({
        [entry.path]: [entry.bytes, { mtime: fixedTime, level: stored.test(entry.path) ? 0 : 6 }],
      });
      // The end-of-central-directory record (22 bytes, no comment) gives the directory's size and place.
      const end = new DataView(one.buffer, one.byteOffset + one.byteLength - 22, 22);
      const directoryAt = end.getUint32(16, true);
      const record = one.slice(directoryAt, directoryAt + end.getUint32(12, true));
      // Bytes 42–45 of a central-directory record: where the entry's local header starts.
      new DataView(record.buffer).setUint32(42, offset, true);
      records.push(record);
      offset += directoryAt;
      if (offset > 0xffffffff)
        throw new Error("The archive would be larger than 4 GiB, which zip (without Zip64) cannot hold.");
      return one.subarray(0, directoryAt);
    },
    end() {
      const directory = joinBytes(records);
      const end = new DataView(new ArrayBuffer(22));
      end.setUint32(0, 0x06054b50, true);
      end.setUint16(8, records.length, true);
      end.setUint16(10, records.length, true);
      end.setUint32(12, directory.byteLength, true);
      end.setUint32(16, offset, true);
      return joinBytes([directory, new Uint8Array(end.buffer)]);
    },
  };
}

/**
 * Writes a zip archive of files in the given order, deflated (already-compressed files stored), with a
 * fixed timestamp so that identical files give identical bytes.
 */
export function zipArchive(entries: readonly ArchiveEntry[]): Uint8Array {
  const zip = zipWriter();
  return joinBytes([...entries.map((entry) => zip.add(entry)), zip.end()]);
}

/**
 * Writes the same archive as `zipArchive`, piece by piece: each entry is read (awaited) only when
 * its turn comes and is let go once its piece is out, so a large archive is never held whole.
 */
export async function* zipPieces(
  entries: Iterable<Promise<ArchiveEntry> | ArchiveEntry> | AsyncIterable<ArchiveEntry>,
): AsyncGenerator<Uint8Array> {
  const zip = zipWriter();
  for await (const entry of entries) yield zip.add(entry);
  yield zip.end();
}
