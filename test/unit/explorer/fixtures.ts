import type { ExplorerLabels, ExplorerRow, ExplorerSpec } from "../../../src/lib/explorer/explorerSpec.ts";

/** A small activities-like explorer: countries (a list), their regions, a type, a year, a title in two languages. */
export const spec: ExplorerSpec = {
  dataset: "things",
  columns: [
    { name: "id" },
    { name: "title_id" },
    { name: "title_en" },
    { name: "countries", labels: "countries", list: true },
    { name: "regions", labels: "regions", list: true },
    { name: "type", labels: "type" },
    { name: "year" },
    { name: "participants" },
  ],
  facets: [
    { name: "country", column: "countries" },
    { name: "region", column: "regions" },
    { name: "type", column: "type" },
    { name: "year", column: "year", range: true },
  ],
  sorts: [
    { name: "year", column: "year", type: "number" },
    { name: "title", column: { id: "title_id", en: "title_en" }, type: "text" },
    { name: "participants", column: "participants", type: "number" },
  ],
  defaultSort: { name: "year", desc: true },
  text: ["id", "title_id", "title_en", "countries"],
  shardSize: 4,
  viewColumns: ["id", "title_id", "title_en", "countries", "year"],
};

export const labels: Record<"id" | "en", ExplorerLabels> = {
  en: {
    countries: { TL: "Timor-Leste", FJ: "Fiji", KE: "Kenya", PS: "Palestine" },
    regions: { asia: "Asia", pacific: "Pacific", africa: "Africa", "middle-east": "Middle East" },
    type: { training: "Training", grant: "Grant" },
  },
  id: {
    countries: { TL: "Timor Leste", FJ: "Fiji", KE: "Kenya", PS: "Palestina" },
    regions: { asia: "Asia", pacific: "Pasifik", africa: "Afrika", "middle-east": "Timur Tengah" },
    type: { training: "Pelatihan", grant: "Hibah" },
  },
};

const regionOf: Record<string, string> = { TL: "asia", FJ: "pacific", KE: "africa", PS: "middle-east" };

/** A seeded random number generator (mulberry32), so the generated rows are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Generates `n` rows in the default order (year descending, unknown years last). */
export function generateRows(n: number, seed = 7): ExplorerRow[] {
  const random = seeded(seed);
  const codes = Object.keys(regionOf);
  const words = ["Pelatihan", "pertanian", "Workshop", "perikanan", "Cikelat", "Sukabumi", "kesehatan"];
  const rows = Array.from({ length: n }, (_, i) => {
    const countries = codes.filter(() => random() < 0.35);
    const regions = [...new Set(countries.map((c) => regionOf[c] as string))].sort();
    const year = random() < 0.1 ? "" : String(2010 + Math.floor(random() * 12));
    const word = words[Math.floor(random() * words.length)] as string;
    return [
      `t-${String(i).padStart(4, "0")}`,
      `${word} nomor ${i}`,
      `${word} number ${i}`,
      countries.join(";"),
      regions.join(";"),
      random() < 0.6 ? "training" : "grant",
      year,
      random() < 0.3 ? "" : String(Math.floor(random() * 50)),
    ];
  });
  return rows.sort((a, b) => {
    if (a[6] === "" || b[6] === "") return a[6] === b[6] ? 0 : a[6] === "" ? 1 : -1;
    return Number(b[6]) - Number(a[6]);
  });
}

/** Serves explorer files from memory, counting the loads of each, as the browser would fetch them. */
export function memoryLoader(files: ReadonlyMap<string, unknown>) {
  const loads = new Map<string, number>();
  const load = async (name: string) => {
    loads.set(name, (loads.get(name) ?? 0) + 1);
    if (!files.has(name)) throw new Error(`404 ${name}`);
    // A copy through JSON, as a fetch would give.
    return JSON.parse(JSON.stringify(files.get(name)));
  };
  return { load, loads };
}
