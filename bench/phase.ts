// The baseline of the validation benchmark: papaparse parsing a file alone, chunk by chunk from a
// stream, as fast as it can and keeping nothing. Run in its own process by scripts/bench.ts.
// Usage: tsx bench/phase.ts FILE  (prints the number of rows)
import { createReadStream } from "node:fs";
import Papa from "papaparse";

/** Parses a CSV file with papaparse in 1 MiB chunks and returns its number of data rows. */
async function parseOnly(file: string): Promise<number> {
  let rows = 0;
  await new Promise<void>((resolve, reject) => {
    Papa.parse(createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 }), {
      delimiter: ",",
      chunk: (results: Papa.ParseResult<string[]>) => {
        rows += results.data.length;
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    });
  });
  return rows - 1; // the header
}

process.stdout.write(`${await parseOnly(process.argv[2] ?? "")}\n`);
