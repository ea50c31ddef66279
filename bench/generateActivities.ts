// Generates seeded synthetic activities for the benchmark, shaped like data/activities.csv: the
// values are drawn from the real rows (organisations, sources, countries, provinces and regencies
// that resolve), so the data is valid apart from a few seeded typos that exercise the error path.
import { closeSync, openSync, writeSync } from "node:fs";
import Papa from "papaparse";

/** A small, fast, seeded random number generator (mulberry32). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (
  "pelatihan kerja sama teknik pertanian perikanan kesehatan pendidikan tata kelola demokrasi energi " +
  "air bersih kebencanaan pemberdayaan perempuan ekonomi kreatif digital statistik perencanaan " +
  "training cooperation technical agriculture fisheries health education governance democracy energy"
).split(" ");

/** Writes `rows` synthetic activities to `path` (CSV, UTF-8, LF) from the real rows in `realCsv`. */
export function generateActivities(realCsv: string, path: string, rows: number, seed = 20240101): void {
  const parsed = Papa.parse<Record<string, string>>(realCsv, { header: true, skipEmptyLines: true });
  const header = parsed.meta.fields ?? [];
  const real = parsed.data;
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const sentence = (n: number) => Array.from({ length: n }, () => pick(words)).join(" ");
  const fd = openSync(path, "w");
  writeSync(fd, `${header.join(",")}\n`);
  let batch: string[] = [];
  for (let i = 1; i <= rows; i += 1) {
    const template = pick(real);
    const year = 2000 + Math.floor(random() * 25);
    const month = 1 + Math.floor(random() * 12);
    const total = 5 + Math.floor(random() * 200);
    const row: Record<string, string> = {
      ...template,
      id: `ksst-${String(i).padStart(7, "0")}`,
      title_id: `${template.title_id ?? ""} ${i}`,
      title_en: `${template.title_en ?? ""} ${i}`,
      description_id: sentence(12),
      description_en: sentence(12),
      start_date: `${year}-${String(month).padStart(2, "0")}`,
      end_date: `${year + 1}`,
      participants_total: String(total),
      participants_female: random() < 0.3 ? "" : String(Math.floor(random() * total)),
    };
    // One row in ten thousand carries a typo, so the second (all-errors) pass is exercised too.
    if (random() < 0.0001) row.type = "trainng";
    batch.push(header.map((name) => quote(row[name] ?? "")).join(","));
    if (batch.length === 10_000) {
      writeSync(fd, `${batch.join("\n")}\n`);
      batch = [];
    }
  }
  if (batch.length > 0) writeSync(fd, `${batch.join("\n")}\n`);
  closeSync(fd);
}

function quote(cell: string): string {
  return /[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
