// Reading a CSV file in a worker thread hands over exactly what reading it in this thread does.
import { beforeAll, describe, expect, it } from "vitest";
import { createChunkDecoder } from "../../../src/lib/csv/chunkDecoder.ts";
import type { CsvHandlers } from "../../../src/lib/csv/csvReader.ts";
import { detached } from "../../../src/lib/csv/detached.ts";
import { type CsvReadOptions, readCsvChunks } from "../../../src/lib/csv/readCsvChunks.ts";
import { readCsvRange } from "../../../src/lib/csv/readCsvRange.ts";
import { rowBatcher, unpackRows } from "../../../src/lib/csv/rowBatch.ts";
import { hashRow } from "../../../src/lib/csv/rowHash.ts";
import type { Reference } from "../../../src/lib/reference/referenceList.ts";
import { type ChunkedFolderIO, chunksOf } from "../../../src/lib/validate/chunkedIO.ts";
import { validateFolder } from "../../../src/lib/validate/validateFolder.ts";
import { csvReaderInWorker, readCsvChunksInWorker } from "../../../src/node/csv/readCsvChunksInWorker.ts";
import { loadReference } from "../../../src/node/loadReference.ts";
import { memoryIO } from "../../helpers/memoryIO.ts";
import { miniData, miniSchemas } from "../../helpers/miniSchemas.ts";

async function* chunked(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

async function readWith(
  read: typeof readCsvChunks,
  bytes: Uint8Array,
  size: number,
  options: CsvReadOptions = { file: "t.csv" },
) {
  const seen: unknown[] = [];
  const handlers: CsvHandlers = {
    onHeader: (names) => seen.push(["header", names]),
    onRow: (cells, row, fingerprint) =>
      seen.push(fingerprint === undefined ? [row, cells] : [row, cells, fingerprint]),
  };
  const { inWorker, ...result } = await read(chunked(bytes, size), options, handlers);
  return { seen, result, inWorker: inWorker === true };
}

const encode = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};
const many = Array.from(
  { length: 3000 },
  (_, i) => `k${i},"Jeddah, Arab Saudi ${i}",${i % 7 === 0 ? "" : "é–中"}`,
);

describe("readCsvChunksInWorker", () => {
  it.each([
    [
      "quotes, blank rows and a final row without newline",
      encode('id,text\n1,"a, ""q""\nline"\r\n\n2,x\n3,"é ü 中"'),
      3,
    ],
    ["a byte-order mark, semicolons and cells short and long", encode("\ufeffa;b;c\n1;2\n1;2;3;4\n"), 2],
    [
      "bytes that are not UTF-8",
      Uint8Array.from([...encode("id,t\n1,Caf"), 0xe9, 0x0a, ...encode("2,x\n")]),
      4,
    ],
    ["UTF-16 with a byte-order mark", utf16("id,t\n1,é中\n2,x\n"), 5],
    ["an unclosed quote", encode('id,t\n1,"open\n2,x\n'), 4],
    ["thousands of rows", encode(`id,text,other\n${many.join("\n")}\n`), 65536],
  ])("hands over the same header, rows, structure and encoding: %s", async (_name, bytes, size) => {
    const inThread = await readWith(readCsvChunks, bytes, size);
    const inWorker = await readWith(readCsvChunksInWorker, bytes, size);
    expect(inWorker.inWorker).toBe(true);
    expect(inWorker.seen).toEqual(inThread.seen);
    expect(inWorker.result).toEqual(inThread.result);
  });

  it("reads a file of one chunk in this thread, with the same result", async () => {
    const bytes = encode("a,b\n1,2\n");
    const inWorker = await readWith(readCsvChunksInWorker, bytes, 1 << 20);
    expect(inWorker.inWorker).toBe(false);
    expect(inWorker).toEqual(await readWith(readCsvChunks, bytes, 1 << 20));
  });

  it("passes the reader's options on", async () => {
    const bytes = encode("1\t2\n3\t4\n");
    const options: CsvReadOptions = { file: "t.tsv", delimiter: "auto", header: false };
    const inWorker = await readWith(readCsvChunksInWorker, bytes, 3, options);
    expect(inWorker.inWorker).toBe(true);
    expect(inWorker.seen).toEqual((await readWith(readCsvChunks, bytes, 3, options)).seen);
  });

  it("rejects when reading the chunks fails, and stops the worker", async () => {
    async function* failing(): AsyncIterable<Uint8Array> {
      yield encode("a,b\n1,2\n");
      yield encode("3,4\n");
      throw Object.assign(new Error("EIO: read failed"), { code: "EIO" });
    }
    await expect(
      readCsvChunksInWorker(failing(), { file: "t.csv" }, { onRow: () => undefined }),
    ).rejects.toThrow("EIO");
  });

  it("rejects when a row handler throws", async () => {
    const bytes = encode(`a,b\n${"1,2\n".repeat(100)}`);
    const onRow = () => {
      throw new Error("handler failed");
    };
    await expect(readCsvChunksInWorker(chunked(bytes, 16), { file: "t.csv" }, { onRow })).rejects.toThrow(
      "handler failed",
    );
  });

  it("fingerprints rows the same way in both threads, leaving out the key column", async () => {
    const bytes = encode(`code,id,text\n${many.join("\n")}\n`);
    const options: CsvReadOptions = { file: "t.csv", fingerprint: { without: "id" } };
    const inThread = await readWith(readCsvChunks, bytes, 4096, options);
    const inWorker = await readWith(readCsvChunksInWorker, bytes, 4096, options);
    expect(inWorker.inWorker).toBe(true);
    expect(inWorker.seen).toEqual(inThread.seen);
    const [, cells, fingerprint] = inThread.seen[1] as [number, string[], number];
    expect(fingerprint).toBe(hashRow(cells, 1));
  });
});

describe("chunksOf", () => {
  it.each([
    ["in this thread", readCsvChunks],
    ["in a worker", readCsvChunksInWorker],
  ])("frees each whole chunk once read %s, never a view into a shared buffer", async (_name, read) => {
    const bytes = encode(`id,t\n${"1,é中😀\n".repeat(3000)}`);
    const given: Uint8Array[] = [];
    const io: ChunkedFolderIO = {
      readFile: async () => bytes,
      async *readChunks() {
        for (let i = 0; i < bytes.length; i += 1001) {
          const piece = bytes.subarray(i, i + 1001);
          // Whole buffers (Node's own, as a file stream yields, and plain ones) and small Buffers that
          // are views into Node's shared pool.
          const kind = (i / 1001) % 3;
          const chunk =
            kind === 0
              ? Buffer.from(piece)
              : kind === 1
                ? new Uint8Array(piece)
                : Buffer.allocUnsafeSlow(piece.length);
          if (kind === 2) chunk.set(piece);
          given.push(chunk);
          yield chunk;
        }
      },
    };
    const rows: string[][] = [];
    const { encoding } = await read(
      chunksOf(io, "t.csv"),
      { file: "t.csv" },
      { onRow: (cells) => rows.push(cells) },
    );
    expect(encoding.notUtf8).toBe(false);
    expect(rows).toHaveLength(3000);
    expect(rows.every(([a, b]) => a === "1" && b === "é中😀")).toBe(true);
    const pooled = given.filter(
      (chunk) => chunk.buffer.byteLength > chunk.byteLength || chunk.byteOffset > 0,
    );
    const whole = given.filter((chunk) => !pooled.includes(chunk));
    expect(pooled.length).toBeGreaterThan(10);
    expect(whole.every((chunk) => chunk.byteLength === 0)).toBe(true);
    expect(pooled.every((chunk) => chunk.byteLength === 1001)).toBe(true);
  });
});

describe("readCsvRange", () => {
  it("frees each whole chunk of its range once read, never a view into a shared buffer", async () => {
    const bytes = encode(`id,t\n${"1,é中😀\n".repeat(3000)}`);
    const given: Uint8Array[] = [];
    // A file stream's chunks are whole buffers of their own; a view into a larger one is left alone.
    async function* read(start: number, end = bytes.length) {
      for (let i = start; i < end; i += 1001) {
        const piece = bytes.subarray(i, Math.min(end, i + 1001));
        const chunk =
          (i / 1001) % 2 === 0
            ? new Uint8Array(piece)
            : new Uint8Array(piece.length + 8).subarray(4, 4 + piece.length);
        if (chunk.byteOffset > 0) chunk.set(piece);
        given.push(chunk);
        yield chunk;
      }
    }
    const rows: string[][] = [];
    const result = await readCsvRange(
      read,
      { start: 0, end: bytes.length, size: bytes.length },
      { file: "t.csv" },
      { onRow: (cells) => rows.push(cells) },
    );
    expect(result.encoding.notUtf8).toBe(false);
    expect(rows).toHaveLength(3000);
    expect(rows.every(([a, b]) => a === "1" && b === "é中😀")).toBe(true);
    const views = given.filter((chunk) => chunk.byteOffset > 0);
    const whole = given.filter((chunk) => chunk.byteOffset === 0);
    expect(views.length).toBeGreaterThan(5);
    expect(whole.length).toBeGreaterThan(5);
    expect(whole.every((chunk) => chunk.byteLength === 0)).toBe(true);
    expect(views.every((chunk) => chunk.byteLength > 0)).toBe(true);
  });

  it("stops at the first record end at or after its end when that is moved nearer while it reads (until)", async () => {
    // Records of 7 bytes, one with a quoted line break; read in chunks of 100 bytes. After the second
    // chunk the range's end moves from the file's end to byte 333, inside the quoted record.
    const records = Array.from({ length: 100 }, (_, i) =>
      i === 47 ? `"${String(i).padStart(3, "0")}\n",x\n` : `${String(i).padStart(3, "0")},ab\n`,
    );
    const bytes = encode(records.join(""));
    let chunks = 0;
    let end = bytes.length;
    async function* read(start: number, to = bytes.length) {
      for (let i = start; i < to; i += 100) {
        chunks += 1;
        if (chunks === 3) end = 333;
        yield bytes.slice(i, Math.min(to, i + 100));
      }
    }
    const rows: string[] = [];
    const result = await readCsvRange(
      read,
      { start: 0, end: bytes.length, size: bytes.length, until: () => end },
      { file: "t.csv", header: false },
      { onRow: (cells) => rows.push(cells[0] as string) },
    );
    // The record holding byte 333 (the 48th, with its quoted line break) is read to its end; none after it.
    const recordEnd = records.slice(0, 48).join("").length;
    expect(recordEnd).toBeGreaterThan(333);
    expect(result.end).toBe(recordEnd);
    expect(rows).toHaveLength(48);
    expect(rows[47]).toBe("047\n");
  });
});

describe("createChunkDecoder", () => {
  it("keeps nothing of a chunk once it has decoded it (Node Buffers' slice() is a view)", () => {
    const bytes = encode("é中😀".repeat(1000));
    const decoder = createChunkDecoder();
    let text = "";
    for (let i = 0; i < bytes.length; i += 7) {
      const chunk = Buffer.allocUnsafeSlow(Math.min(7, bytes.length - i));
      chunk.set(bytes.subarray(i, i + 7));
      text += decoder.decode(chunk);
      // Freed, as chunksOf does once the reader asks for the next chunk.
      (chunk.buffer as ArrayBuffer).transfer(0);
    }
    text += decoder.end();
    expect(decoder.report().notUtf8).toBe(false);
    expect(text).toBe("é中😀".repeat(1000));
  });
});

describe("validateFolder with and without the worker", () => {
  let reference: Reference;
  beforeAll(async () => {
    reference = await loadReference();
  });

  // Valid rows and rows that break every row-level check, repeated so that the file spans many chunks.
  const header =
    "id,type,start_date,end_date,recipient_countries,provinces,regencies,participants_total,participants_female,source_ids,title,code,tags,funded,amount,contact";
  const rows = [
    "a{i},training,2017-03-15,2017-04-30,ZW;AO,32,32.01,12,,s1,Pelatihan {i},c{i},,true,1.5,",
    "a{i},workshop,2016-05,,TZ,,,,,s1;s2,Lokakarya {i},d{i},X;Y,,,budi@gmail.com",
    'a{i},trainng,31/12/2023,2017,XX,31,32.02,10,11,s9,=SUM(A1) {i},e{i},X;X;Y;Z,Ya,"1.000,5",',
    "a{i},workshop,2016-05,,TZ,,,,,s1;s2,Lokakarya,dup,X;Y,,,",
    "a1,training,2031,2017-02-30,,,,,,s1,NIK 3201234567890001 {i},f{i},,,,",
    // Invisible characters in a code and in text, a line break in text, encoding damage, a formula in a
    // list item, a phone number before a full stop: what the worker's row screen must let through.
    'a{i},training,2016-05,,TZ,,,,,s1\u200b,"Judul\u200b caf\u00c3\u00a9 {i}\nhubungi 0812-3456-7890.",g{i},"X; =cmd",,,',
    "a{i},training,2016-05,,TZ,,,,,s1,Judul biasa {i},h{i},X;Y,,,",
    ",,,,,,,,,,,,,,",
    "a{i},training",
  ];
  const csv = `${header}\n${Array.from({ length: 400 }, (_, i) => rows.map((r) => r.replaceAll("{i}", String(i))).join("\n")).join("\n")}\n`;

  const run = (worker: boolean, keepRecords = true) => {
    const files = { ...miniData, "activities.csv": csv };
    const io = memoryIO(files);
    const dataIO: ChunkedFolderIO = {
      ...io,
      async *readChunks(path) {
        const bytes = await io.readFile(path);
        for (let i = 0; i < bytes.length; i += 4096) yield bytes.slice(i, i + 4096);
      },
    };
    return validateFolder({
      dataIO,
      schemaIO: memoryIO(miniSchemas),
      reference,
      now: new Date("2025-06-30"),
      ...(worker ? { csvReader: csvReaderInWorker } : {}),
      keepRecords,
    });
  };

  it("finds the same issues and counts, and keeps the same records", async () => {
    const [inThread, inWorker] = [await run(false), await run(true)];
    const codes = new Set(inThread.issues.map((found) => found.code));
    for (const code of [
      "duplicate-row",
      "duplicate-key",
      "personal-data",
      "formula-injection",
      "foreign-key",
      "enum",
      "invisible-in-code",
      "invisible-in-text",
      "mojibake",
    ])
      expect(codes).toContain(code);
    expect(inWorker.issues).toEqual(inThread.issues);
    expect(inWorker.stats).toEqual(inThread.stats);
    expect(inWorker.datasets).toEqual(inThread.datasets);
  });

  it("finds the same when rows share their lists (no record kept)", async () => {
    const [kept, shared] = [await run(true), await run(true, false)];
    expect(shared.issues).toEqual(kept.issues);
    expect(shared.stats).toEqual(kept.stats);
  });
});

describe("row batches", () => {
  const long = "x".repeat(70000);
  it.each([
    ["short rows", [["a", "", "bc"], ["", ""], [], ["é中😀", '"q"']], [2, 3, 4, 5]],
    ["a cell longer than 65,535 and a large row number", [[long, "a"], ["b"]], [65535, 2147483647]],
  ])("pack and unpack %s unchanged, fingerprinted as hashRow does", (_name, rows, numbers) => {
    for (const skip of [undefined, -1, 0, 1, 5]) {
      const batcher = rowBatcher();
      rows.forEach((cells, i) => {
        batcher.add(cells, numbers[i] as number);
      });
      const out: unknown[] = [];
      unpackRows(batcher.take(skip), (cells, row, fingerprint) => out.push([row, cells, fingerprint]));
      expect(out).toEqual(
        rows.map((cells, i) => [numbers[i], cells, skip === undefined ? undefined : hashRow(cells, skip)]),
      );
      expect(batcher.take().layout.length).toBe(0);
    }
  });
});

describe("detached", () => {
  it.each(["", "short", "a piece of thirteen or more characters"])("keeps the text %j", (text) => {
    expect(detached(text)).toBe(text);
  });
});
