// Generates activities shaped like real records, for the benchmarks and the scale tests: distinct
// titles, descriptions and notes in every row (Bahasa Indonesia and English), about 1.2 KB a row as
// in data/activities.csv, place names in several scripts, quoted cells with commas and line breaks,
// and, when asked, seeded defects of several kinds whose row and column are returned so a benchmark
// can check that each one is reported. Organisations, sources, provinces, regencies, sectors and
// countries are real codes, so apart from the seeded defects the rows are valid. The data is
// synthetic: it is written outside data/ and its catalog says so.
import {
  closeSync,
  copyFileSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { resolve } from "node:path";
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import id from "i18n-iso-countries/langs/id.json" with { type: "json" };
import { getProvinces, getRegencies } from "idn-area-data";
import Papa from "papaparse";
import { seeded } from "./seeded.ts";

countries.registerLocale(en);
countries.registerLocale(id);

/** A defect written into a row on purpose, with where the validator must report it. */
export interface SeededDefect {
  /** What was broken (see `defectKinds`). */
  kind: string;
  /** The validator's code for it. */
  code: string;
  /** Row number as the validator counts it (the header is row 1). */
  row: number;
  column: string;
}

/** Options of `writeRealisticData`. */
export interface RealisticOptions {
  /** How many activities to write. */
  rows: number;
  /** Seed of the random draws (the same seed writes the same bytes). */
  seed?: number;
  /** Seed about one defect per 10,000 rows (at least one of each kind); default false. */
  defects?: boolean;
  /** The real data folder the other datasets and the codes are taken from (default `data`). */
  from?: string;
}

const header = [
  "id",
  "title_id",
  "title_en",
  "description_id",
  "description_en",
  "modality",
  "type",
  "status",
  "start_date",
  "end_date",
  "lead_org",
  "implementing_orgs",
  "partner_orgs",
  "participating_orgs",
  "venue_id",
  "venue_en",
  "location_country",
  "provinces",
  "regencies",
  "recipient_countries",
  "recipient_basis",
  "sectors",
  "sdgs",
  "participants_total",
  "participants_female",
  "participants_basis",
  "source_ids",
  "notes_id",
  "notes_en",
] as const;
type Column = (typeof header)[number];
type Row = Record<Column, string>;

// Kinds of activity with their words in both languages, as the real titles use them.
const types = [
  ["training", "Pelatihan Internasional", "International Training"],
  ["training", "Pelatihan Regional", "Regional Training"],
  ["workshop", "Lokakarya", "Workshop"],
  ["expert-dispatch", "Pengiriman Tenaga Ahli", "Expert Dispatch"],
  ["knowledge-sharing", "Berbagi Pengetahuan", "Knowledge Sharing"],
  ["scholarship", "Beasiswa", "Scholarship"],
  ["grant", "Hibah", "Grant"],
  ["humanitarian", "Bantuan Kemanusiaan", "Humanitarian Assistance"],
  ["event", "Forum", "Forum"],
  ["programme", "Program", "Programme"],
] as const;

// Topics: [id, en, DAC sector, SDG].
const topics = [
  ["Budidaya Rumput Laut", "Seaweed Farming", "31320", "14"],
  ["Pertanian Terpadu", "Integrated Farming", "31120", "2"],
  ["Pengelolaan Air Bersih", "Clean Water Management", "14030", "6"],
  ["Kesehatan Ibu dan Anak", "Maternal and Child Health", "12220", "3"],
  ["Keluarga Berencana", "Family Planning", "13030", "5"],
  ["Mitigasi Bencana", "Disaster Risk Reduction", "43060", "13"],
  ["Tata Kelola Pemerintahan", "Public Governance", "15110", "16"],
  ["Pemilu dan Demokrasi", "Elections and Democracy", "15151", "16"],
  ["Statistik Pembangunan", "Development Statistics", "16062", "17"],
  ["Perikanan Tangkap Berkelanjutan", "Sustainable Capture Fisheries", "31310", "14"],
  ["Energi Terbarukan", "Renewable Energy", "23210", "7"],
  ["Ekonomi Kreatif", "Creative Economy", "25010", "8"],
  ["Pemberdayaan Perempuan", "Women's Empowerment", "15170", "5"],
  ["Pendidikan Vokasi", "Vocational Education", "11330", "4"],
  ["Penanggulangan Terorisme", "Counter-Terrorism", "15210", "16"],
  ["Transformasi Digital", "Digital Transformation", "22040", "9"],
  ["Kerajinan Batik", "Batik Craft", "32130", "8"],
  ["Pengendalian Hama", "Pest Control", "31192", "2"],
] as const;

const audiences = [
  ["bagi Negara-Negara Afrika", "for African Countries"],
  ["bagi Negara-Negara Pasifik", "for Pacific Countries"],
  ["bagi Negara Anggota OKI", "for OIC Member States"],
  ["bagi Negara-Negara ASEAN", "for ASEAN Countries"],
  ["bagi Negara Kepulauan Kecil", "for Small Island States"],
  ["bagi Negara-Negara Asia Selatan", "for South Asian Countries"],
  ["bagi Aparatur Sipil Negara Mitra", "for Partner Countries' Civil Servants"],
] as const;

// Places abroad with their name in the local script, as sources sometimes print them.
const placesAbroad = [
  ["Kairo", "Cairo", "القاهرة"],
  ["Yangon", "Yangon", "ရန်ကုန်"],
  ["Addis Ababa", "Addis Ababa", "አዲስ አበባ"],
  ["Vientiane", "Vientiane", "ວຽງຈັນ"],
  ["Dhaka", "Dhaka", "ঢাকা"],
  ["Kathmandu", "Kathmandu", "काठमाडौं"],
  ["Beijing", "Beijing", "北京"],
  ["Tashkent", "Tashkent", "Тошкент"],
  ["Kabul", "Kabul", "کابل"],
  ["Bangkok", "Bangkok", "กรุงเทพมหานคร"],
  ["Tbilisi", "Tbilisi", "თბილისი"],
  ["Dili", "Dili", "Díli"],
  ["São Tomé", "São Tomé", "São Tomé"],
  ["Abidjan", "Abidjan", "Côte d’Ivoire"],
] as const;

const venues = [
  "Balai Besar Pelatihan Pertanian",
  "Pusat Pendidikan dan Pelatihan",
  "Politeknik Kelautan dan Perikanan",
  "Gedung Sate",
  "Balai Diklat Kementerian",
  "Universitas Gadjah Mada",
  "Institut Pertanian Bogor",
  "Hotel Borobudur",
] as const;

const verbsId = ["diselenggarakan", "dilaksanakan", "difasilitasi", "dikoordinasikan"] as const;
const verbsEn = ["organised", "run", "facilitated", "coordinated"] as const;
const modulesId = [
  "penyusunan rencana kerja",
  "kunjungan lapangan",
  "praktik langsung",
  "diskusi kelompok",
  "studi kasus",
  "penyusunan rencana aksi pascapelatihan",
  "pengukuran hasil",
] as const;
const modulesEn = [
  "work planning",
  "field visits",
  "hands-on practice",
  "group discussion",
  "case studies",
  "post-training action planning",
  "measuring results",
] as const;
const monthsId =
  "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(" ");
const monthsEn =
  "January February March April May June July August September October November December".split(" ");

/** The kinds of seeded defect: what is broken, in which column, and the code the validator gives it. */
export const defectKinds: readonly {
  kind: string;
  code: string;
  column: Column;
  /** The cells to overwrite; `earlierId` is the id of the row before. */
  change(row: Row, earlierId: string): Partial<Row>;
}[] = [
  { kind: "enum typo", code: "enum", column: "type", change: () => ({ type: "trainng" }) },
  {
    kind: "impossible month",
    code: "format",
    column: "start_date",
    change: () => ({ start_date: "2019-13-02", end_date: "" }),
  },
  {
    kind: "end before start",
    code: "date-order",
    column: "end_date",
    change: () => ({ start_date: "2021-05-10", end_date: "2020-05-10" }),
  },
  {
    kind: "more women than participants",
    code: "female-exceeds-total",
    column: "participants_female",
    change: () => ({ participants_total: "12", participants_female: "19" }),
  },
  {
    kind: "unknown organisation",
    code: "foreign-key",
    column: "lead_org",
    change: () => ({ lead_org: "kementerian-tidak-ada" }),
  },
  {
    kind: "duplicated id",
    code: "duplicate-key",
    column: "id",
    change: (_row, earlierId) => ({ id: earlierId }),
  },
  {
    kind: "Indonesian thousands separator",
    code: "number-format-id",
    column: "participants_total",
    change: () => ({ participants_total: "1.250", participants_female: "" }),
  },
  {
    kind: "e-mail address in free text",
    code: "personal-data",
    column: "notes_en",
    change: (row) => ({ notes_en: `${row.notes_en} Contact: budi.santoso77@gmail.com.` }),
  },
  {
    kind: "mobile number in free text",
    code: "personal-data",
    column: "description_id",
    change: (row) => ({ description_id: `${row.description_id} Narahubung: 0812-3456-7890 (Budi).` }),
  },
  {
    kind: "spreadsheet formula",
    code: "formula-injection",
    column: "notes_id",
    change: () => ({ notes_id: '=HYPERLINK("http://example.org/x","sumber")' }),
  },
  {
    kind: "unknown country code",
    code: "foreign-key",
    column: "recipient_countries",
    change: () => ({ recipient_countries: "ZZ;KE" }),
  },
  {
    kind: "regency outside its province",
    code: "regency-outside-province",
    column: "regencies",
    change: () => ({ location_country: "ID", provinces: "32", regencies: "73.71" }),
  },
  { kind: "empty required title", code: "required", column: "title_en", change: () => ({ title_en: "" }) },
];

/**
 * Writes a data folder in `dir`: the other datasets copied from the real data folder, and
 * `rows` generated activities in `activities.csv`. Returns the seeded defects (empty unless asked).
 */
export async function writeRealisticData(dir: string, options: RealisticOptions): Promise<SeededDefect[]> {
  const from = resolve(options.from ?? "data");
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(from)) {
    if (name === "activities.csv" || name === "README.md" || name === "catalog.json") continue;
    copyFileSync(resolve(from, name), resolve(dir, name));
  }
  // The catalog says the data is synthetic, so that every page built from it says so.
  const catalog = JSON.parse(readFileSync(resolve(from, "catalog.json"), "utf8")) as Record<string, unknown>;
  writeFileSync(
    resolve(dir, "catalog.json"),
    `${JSON.stringify({ ...catalog, synthetic: true }, null, 2)}\n`,
  );
  const pool = await codePool(from);
  const random = seeded(options.seed ?? 20240101);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const some = <T>(list: readonly T[], lo: number, hi: number): T[] => {
    const chosen = new Set<T>();
    const n = int(lo, hi);
    while (chosen.size < n) chosen.add(pick(list));
    return [...chosen];
  };
  const defects = options.defects ? plan(options.rows, random) : new Map<number, number>();
  const seededDefects: SeededDefect[] = [];

  const fd = openSync(resolve(dir, "activities.csv"), "w");
  writeSync(fd, `${header.join(",")}\n`);
  let batch: string[] = [];
  for (let i = 1; i <= options.rows; i += 1) {
    const [type, typeId, typeEn] = pick(types);
    const [topicId, topicEn, sector, sdg] = pick(topics);
    const [audienceId, audienceEn] = pick(audiences);
    const year = int(2000, 2024);
    const month = int(1, 12);
    const day = int(1, 20);
    const days = int(3, 8);
    const total = int(5, 240);
    const female = random() < 0.4 ? "" : String(int(0, total));
    const recipients = some(pool.countries, 1, 6);
    const namesId = recipients.map((c) => pool.countryNames.get(c)?.id ?? c);
    const namesEn = recipients.map((c) => pool.countryNames.get(c)?.en ?? c);
    const abroad = random() < 0.3;
    const [province, provinceName] = pick(pool.provinces);
    const regencies = pool.regencies.get(province) ?? [];
    const regency = regencies.length > 0 && random() < 0.5 ? pick(regencies) : undefined;
    const venue = pick(venues);
    const [placeId, placeEn, placeLocal] = pick(placesAbroad);
    const cohort = int(1, 40);
    const lead = pick(pool.orgs);
    const partner = random() < 0.35 ? pick(pool.orgs) : "";
    const modules = some(
      modulesId.map((_, k) => k),
      2,
      4,
    );
    const whenId = `${day}–${day + days} ${monthsId[month - 1]} ${year}`;
    const whenEn = `${day}–${day + days} ${monthsEn[month - 1]} ${year}`;
    const venueId = abroad ? `${placeId} (${placeLocal})` : `${venue}, ${regency?.[1] ?? provinceName}`;
    const venueEn = abroad ? `${placeEn} (${placeLocal})` : `${venue}, ${regency?.[1] ?? provinceName}`;
    const row: Row = {
      id: `ksst-${String(i).padStart(7, "0")}`,
      title_id: `${typeId} ${topicId} ${audienceId} Angkatan ${cohort}, ${year}`,
      title_en: `${typeEn} on ${topicEn} ${audienceEn}, Batch ${cohort}, ${year}`,
      description_id:
        `${typeId} ${topicId.toLowerCase()} bagi ${total} peserta dari ${list(namesId, "dan")} di ${venueId}, ` +
        `${pick(verbsId)} ${pool.orgNames.get(lead)?.id ?? lead} pada ${whenId}. Materi mencakup ` +
        `${list(
          modules.map((k) => modulesId[k] ?? ""),
          "dan",
        )}; peserta menyusun ${int(2, 30)} rencana ` +
        `tindak lanjut yang dipantau selama ${int(3, 24)} bulan.`,
      description_en:
        `${typeEn} on ${topicEn.toLowerCase()} for ${total} participants from ${list(namesEn, "and")} at ${venueEn}, ` +
        `${pick(verbsEn)} by ${pool.orgNames.get(lead)?.en ?? lead} on ${whenEn}. Sessions covered ` +
        `${list(
          modules.map((k) => modulesEn[k] ?? ""),
          "and",
        )}; participants drafted ${int(2, 30)} follow-up ` +
        `plans, monitored for ${int(3, 24)} months.`,
      modality: partner ? "triangular" : "south-south",
      type,
      status: year < 2024 ? "completed" : pick(["ongoing", "planned"]),
      start_date: `${year}-${pad(month)}-${pad(day)}`,
      end_date: `${year}-${pad(month)}-${pad(day + days)}`,
      lead_org: lead,
      implementing_orgs: random() < 0.5 ? pick(pool.orgs.filter((o) => o !== lead)) : "",
      partner_orgs: partner,
      participating_orgs: "",
      venue_id: venueId,
      venue_en: venueEn,
      location_country: abroad ? "" : "ID",
      provinces: abroad ? "" : province,
      regencies: abroad || !regency ? "" : regency[0],
      recipient_countries: recipients.join(";"),
      recipient_basis: recipients.length > 0 ? "participants" : "",
      sectors: sector,
      sdgs: sdg === "17" ? "17" : `${sdg};17`,
      participants_total: String(total),
      participants_female: female,
      participants_basis: "partner-countries",
      source_ids: some(pool.sources, 1, 2).join(";"),
      notes_id:
        random() < 0.2
          ? ""
          : `Jumlah peserta menurut "${pick(pool.sources)}"; sumber lain menyebut ${total + int(1, 9)} orang.` +
            (random() < 0.1 ? `\nTanggal ${whenId} dikonfirmasi panitia.` : ""),
      notes_en:
        random() < 0.2
          ? ""
          : `Participant count as given by "${pick(pool.sources)}"; another source says ${total + int(1, 9)}.` +
            (random() < 0.1 ? `\nDates ${whenEn} confirmed by the organisers.` : ""),
    };
    const kind = defects.get(i);
    if (kind !== undefined) {
      const defect = defectKinds[kind] as (typeof defectKinds)[number];
      Object.assign(row, defect.change(row, `ksst-${String(Math.max(1, i - 1)).padStart(7, "0")}`));
      seededDefects.push({ kind: defect.kind, code: defect.code, row: i + 1, column: defect.column });
    }
    batch.push(Papa.unparse([header.map((name) => row[name])], { newline: "\n" }));
    if (batch.length === 5_000) {
      writeSync(fd, `${batch.join("\n")}\n`);
      batch = [];
    }
  }
  if (batch.length > 0) writeSync(fd, `${batch.join("\n")}\n`);
  closeSync(fd);
  return seededDefects;
}

/** The rows that get a defect: about one in 10,000 (at least one of each kind), kinds in turn. */
function plan(rows: number, random: () => number): Map<number, number> {
  const count = Math.min(rows - 1, Math.max(defectKinds.length, Math.round(rows / 10_000)));
  const planned = new Map<number, number>();
  let kind = 0;
  while (planned.size < count) {
    // Row 1 is never broken: the duplicated-id defect copies the row before it.
    const row = 2 + Math.floor(random() * (rows - 1));
    if (planned.has(row) || planned.has(row - 1) || planned.has(row + 1)) continue;
    planned.set(row, kind);
    kind = (kind + 1) % defectKinds.length;
  }
  return planned;
}

interface CodePool {
  orgs: string[];
  orgNames: Map<string, { id: string; en: string }>;
  sources: string[];
  countries: string[];
  countryNames: Map<string, { id: string; en: string }>;
  provinces: [string, string][];
  regencies: Map<string, [string, string][]>;
}

/** Real codes to draw from: organisations and sources of the real data, countries, provinces, regencies. */
async function codePool(from: string): Promise<CodePool> {
  const csv = (name: string) =>
    Papa.parse<Record<string, string>>(readFileSync(resolve(from, name), "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data;
  const organisations = csv("organisations.csv");
  const recipients = new Set(
    csv("activities.csv").flatMap((r) => (r.recipient_countries ?? "").split(";").filter(Boolean)),
  );
  const countryNames = new Map<string, { id: string; en: string }>();
  for (const code of recipients) {
    const nameEn = countries.getName(code, "en") ?? code;
    countryNames.set(code, { id: countries.getName(code, "id") ?? nameEn, en: nameEn });
  }
  const regencies = new Map<string, [string, string][]>();
  for (const r of await getRegencies()) {
    const list = regencies.get(r.province_code) ?? [];
    list.push([r.code, r.name]);
    regencies.set(r.province_code, list);
  }
  return {
    orgs: organisations.map((o) => o.id ?? ""),
    orgNames: new Map(organisations.map((o) => [o.id ?? "", { id: o.name_id ?? "", en: o.name_en ?? "" }])),
    sources: csv("sources.csv").map((s) => s.id ?? ""),
    countries: [...recipients],
    countryNames,
    provinces: (await getProvinces()).map((p) => [p.code, p.name]),
    regencies,
  };
}

function list(items: readonly string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
