import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectBytes } from "../../../src/lib/downloads/collectBytes.ts";
import { csvBytes, csvChunks } from "../../../src/lib/downloads/csvBytes.ts";
import { datasetDownloads } from "../../../src/lib/downloads/datasetDownloads.ts";
import { joinBytes } from "../../../src/lib/downloads/joinBytes.ts";
import { jsonArrayChunks, jsonBytes } from "../../../src/lib/downloads/jsonBytes.ts";
import { zipArchive, zipPieces } from "../../../src/lib/downloads/zipArchive.ts";
import { fileDownloadStore } from "../../../src/node/fileDownloadStore.ts";
import { memoryDownloadStore } from "../../../src/node/memoryDownloadStore.ts";
import { sha256Hex } from "../../../src/node/sha256.ts";
import { plainColumn } from "../../helpers/plainColumn.ts";

const column = plainColumn;
const columns = [column("id"), column("title"), column("count"), column("tags")];
/** Records with nested values, quotes, line breaks and text in several scripts. */
const records = Array.from({ length: 1203 }, (_, i) => ({
  id: `ksst-${String(i).padStart(4, "0")}`,
  title: i % 7 === 0 ? `Pelatihan "AI", baris\nbaru ${i}` : `حوار ${i} — 対話 — =SUM(A${i})`,
  count: i % 3 === 0 ? undefined : i * 1.5,
  tags: i % 2 === 0 ? ["a", "b"] : [],
  nested: { list: [{ x: i }, null], empty: {}, text: "ü\t" },
}));

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "ksst-downloads-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("downloads written piece by piece", () => {
  it("JSON in pieces is byte for byte JSON.stringify(records, null, 2), whatever the piece size", () => {
    for (const list of [records, records.slice(0, 1), [], [1, "two", null, [3, [4]], {}]]) {
      const whole = jsonBytes(list);
      for (const size of [1, 7, 200, 5000])
        expect(Buffer.from(joinBytes([...jsonArrayChunks(list, size)])).equals(Buffer.from(whole))).toBe(
          true,
        );
    }
  });

  it("CSV in pieces is the same file whatever the number of rows a piece holds", () => {
    const whole = csvBytes(records, columns);
    for (const size of [2, 499, 5000]) {
      const pieces = [...csvChunks(records, columns, size)];
      expect(pieces.length).toBe(Math.ceil((records.length + 1) / size));
      expect(Buffer.from(joinBytes(pieces)).equals(Buffer.from(whole))).toBe(true);
    }
  });

  it("a zip written entry by entry is byte for byte fflate's zip of all the files at once", async () => {
    const entries = [
      { path: "README.md", bytes: new TextEncoder().encode("# Bundle\n") },
      { path: "activities.json", bytes: jsonBytes(records) },
      { path: "activities.xlsx", bytes: new Uint8Array(3000).map((_, i) => (i * 31) % 251) },
      { path: "schemas/activity.schema.json", bytes: new TextEncoder().encode("{}\n") },
      { path: "empty.txt", bytes: new Uint8Array(0) },
    ];
    const time = new Date("2000-01-01T00:00:00Z");
    const all = zipSync(
      Object.fromEntries(
        entries.map((e) => [e.path, [e.bytes, { mtime: time, level: /xlsx$/.test(e.path) ? 0 : 6 }]]),
      ),
    );
    expect(Buffer.from(zipArchive(entries)).equals(Buffer.from(all))).toBe(true);
    const streamed = await collectBytes(zipPieces(entries));
    expect(Buffer.from(streamed).equals(Buffer.from(all))).toBe(true);
    expect(() => zipArchive([entries[0], entries[0]].filter((e) => e !== undefined))).toThrow(/twice/);
  });

  it("a dataset's files go to disk with their size and checksum, and read back byte for byte", async () => {
    const dataset = { name: "activities", records, columns };
    const onDisk = await datasetDownloads(dataset, fileDownloadStore(join(folder, "store")));
    const inMemory = await datasetDownloads(dataset, memoryDownloadStore());
    expect((await readdir(join(folder, "store"))).sort()).toEqual([
      "activities.csv",
      "activities.json",
      "activities.xlsx",
    ]);
    for (const [i, file] of onDisk.entries()) {
      const bytes = await readFile(join(folder, "store", file.fileName));
      expect(file.size).toBe(bytes.byteLength);
      expect(file.sha256).toBe(sha256Hex(bytes));
      expect(Buffer.from(await file.read()).equals(bytes)).toBe(true);
      expect(file.sha256).toBe(inMemory[i]?.sha256);
    }
    expect(onDisk[0]?.lineTerminator).toBe("\n");
    expect(
      Buffer.from(await (onDisk[1]?.read() ?? new Uint8Array())).equals(Buffer.from(jsonBytes(records))),
    ).toBe(true);
  });

  it("refuses a file name that would leave the store's folder", async () => {
    await expect(fileDownloadStore(folder).put("../x.csv", [])).rejects.toThrow(/folder/);
  });
});
