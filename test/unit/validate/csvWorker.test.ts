// Reading a CSV file in a worker thread hands over exactly what reading it in this thread does.
import { describe, expect, it } from "vitest";
import type { CsvHandlers } from "../../../src/lib/csv/csvReader.ts";
import { detached } from "../../../src/lib/csv/detached.ts";
import { type CsvReadOptions, readCsvChunks } from "../../../src/lib/csv/readCsvChunks.ts";
import { readCsvChunksInWorker } from "../../../src/lib/csv/readCsvChunksInWorker.ts";
import { rowBatcher, unpackRows } from "../../../src/lib/csv/rowBatch.ts";

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
    onRow: (cells, row) => seen.push([row, cells]),
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
});

describe("row batches", () => {
  it.each([[[["a", "", "bc"], ["", ""], [], ["é中😀", '"q"']]]])("pack and unpack rows unchanged", (rows) => {
    const batcher = rowBatcher();
    rows.forEach((cells, i) => {
      batcher.add(cells, i + 2);
    });
    const out: unknown[] = [];
    unpackRows(batcher.take(), (cells, row) => out.push([row, cells]));
    expect(out).toEqual(rows.map((cells, i) => [i + 2, cells]));
    expect(batcher.take().layout.length).toBe(0);
  });
});

describe("detached", () => {
  it.each(["", "short", "a piece of thirteen or more characters"])("keeps the text %j", (text) => {
    expect(detached(text)).toBe(text);
  });
});
