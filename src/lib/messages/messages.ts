import type { Issue } from "../issue.ts";
import type { Lang } from "../model.ts";

type Params = Issue["params"];

/** A message and how to fix it, for one issue code, in one language. */
interface MessageTemplate {
  message: (issue: Issue, p: Params) => string;
  fix: (issue: Issue, p: Params) => string;
}

type Catalogue = Readonly<Record<string, MessageTemplate>>;

const col = (i: Issue) => (i.column ? `"${i.column}"` : "");
const val = (i: Issue) => (i.value === undefined ? "" : ` "${i.value}"`);

const en: Catalogue = {
  "missing-file": {
    message: () => "The file does not exist.",
    fix: () => "Create it, or correct its path in data/catalog.json.",
  },
  "unreadable-file": {
    message: (_i, p) => `The file cannot be read (${p.detail}).`,
    fix: () => "Check the file's permissions.",
  },
  "invalid-json": {
    message: (_i, p) => `The JSON is not valid (${p.detail}).`,
    fix: () => "Fix the syntax: check commas, quotes and brackets near the position given.",
  },
  "not-an-array": {
    message: () => "The file must hold a JSON array of records.",
    fix: () => "Wrap the records in [ … ].",
  },
  "invalid-schema": {
    message: (_i, p) => `The schema is not a valid JSON Schema (${p.detail}).`,
    fix: () => "Correct the schema file.",
  },
  "invalid-catalog": {
    message: () => "The catalog has no datasets list.",
    fix: () => 'Add "datasets": [ … ] to data/catalog.json.',
  },
  "empty-file": {
    message: () => "The file is empty: no header row.",
    fix: () => "Add the header row with the column names.",
  },
  encoding: {
    message: () => "The file is not UTF-8 (it looks like Windows-1252/Latin-1).",
    fix: () => 'Re-save it as "CSV UTF-8 (Comma delimited)" in Excel, or as UTF-8 in your editor.',
  },
  "semicolon-delimiter": {
    message: () =>
      "The columns are separated by semicolons (;), as Excel does on Indonesian-locale computers.",
    fix: () => 'Re-save as "CSV UTF-8 (Comma delimited)", or set the list separator to a comma.',
  },
  "unclosed-quote": {
    message: () => "A quoted cell is not closed.",
    fix: () => 'Close the quote; a quote inside a cell is written twice ("").',
  },
  "blank-label": {
    message: () => "A column has no name in the header row.",
    fix: () => "Name the column, or delete it if it is empty.",
  },
  "duplicate-label": {
    message: (i, p) => `Column ${col(i)} appears twice (first at column ${p.first}).`,
    fix: () => "Remove or rename one of them.",
  },
  "unknown-column": {
    message: (i) => `Column ${col(i)} is not part of this dataset.`,
    fix: (_i, p) => `Rename it to one of: ${p.expected}.`,
  },
  "missing-column": {
    message: (i) => `Required column ${col(i)} is missing from the header.`,
    fix: () => "Add the column to the header row.",
  },
  "blank-row": { message: () => "The row is blank.", fix: () => "Delete the blank row." },
  "extra-cell": {
    message: (_i, p) => `The row has ${p.actual} cells but the header has ${p.expected}.`,
    fix: () => "Remove the extra cells, or quote a cell that contains a comma.",
  },
  "missing-cell": {
    message: (_i, p) => `The row has ${p.actual} cells but the header has ${p.expected}.`,
    fix: () => "Add the missing cells (leave a cell empty if the value is unknown).",
  },
  required: { message: (i) => `${col(i)} is required but empty.`, fix: () => "Fill it in from the source." },
  "type-error": {
    message: (i, p) => `${col(i)} must be ${p.type}, not${val(i)}.`,
    fix: (_i, p) => typeFix(p.type, "en"),
  },
  enum: {
    message: (i) => `${col(i)} has a value that is not allowed:${val(i)}.`,
    fix: (_i, p) => `Use one of: ${p.allowedValues}.`,
  },
  pattern: {
    message: (i) => `${col(i)} is not in the expected form:${val(i)}.`,
    fix: (_i, p) => `Write it to match ${p.pattern}.`,
  },
  format: {
    message: (i, p) => `${col(i)} is not a valid ${p.format}:${val(i)}.`,
    fix: (_i, p) => formatFix(p.format, "en"),
  },
  range: {
    message: (i, p) => `${col(i)}${val(i)} is out of range (limit ${p.limit}).`,
    fix: () => "Check the figure against the source.",
  },
  length: {
    message: (i, p) => `${col(i)} has the wrong length (limit ${p.limit}).`,
    fix: () => "Shorten or complete the text.",
  },
  "list-length": {
    message: (i, p) => `${col(i)} has the wrong number of items (limit ${p.limit}).`,
    fix: () => "Separate list items with ; and give at least one.",
  },
  "list-duplicate": { message: (i) => `${col(i)} repeats an item.`, fix: () => "Remove the repeated item." },
  "unknown-field": {
    message: (i) => `Field ${col(i)} is not part of this dataset.`,
    fix: () => "Remove it or correct its name.",
  },
  schema: {
    message: (i, p) => `${col(i)} breaks the rule "${p.keyword}".`,
    fix: () => "See the data dictionary for this field.",
  },
  "duplicate-key": {
    message: (i, p) => `The id${val(i)} is already used in row ${p.first}.`,
    fix: () => "Give each record its own id; never reuse an old id.",
  },
  "foreign-key": {
    message: (i, p) => `${col(i)}${val(i)} does not match any entry of ${p.target}.`,
    fix: (_i, p) => fkFix(p.target, "en"),
  },
  "date-order": {
    message: (i, p) => `${col(i)}${val(i)} is before ${p.startField} "${p.start}".`,
    fix: () => "Check both dates in the source; swap them if they were entered the wrong way round.",
  },
  "female-exceeds-total": {
    message: (i, p) => `Female participants${val(i)} exceed the total (${p.total}).`,
    fix: () => "Check both figures in the source.",
  },
};

const id: Catalogue = {
  "missing-file": {
    message: () => "Berkas tidak ada.",
    fix: () => "Buat berkasnya, atau perbaiki jalurnya di data/catalog.json.",
  },
  "unreadable-file": {
    message: (_i, p) => `Berkas tidak dapat dibaca (${p.detail}).`,
    fix: () => "Periksa izin akses berkas.",
  },
  "invalid-json": {
    message: (_i, p) => `JSON tidak valid (${p.detail}).`,
    fix: () => "Perbaiki sintaksnya: periksa koma, tanda kutip, dan kurung di dekat posisi yang disebut.",
  },
  "not-an-array": {
    message: () => "Berkas harus berisi larik (array) JSON berisi rekaman.",
    fix: () => "Apit rekaman dengan [ … ].",
  },
  "invalid-schema": {
    message: (_i, p) => `Skema bukan JSON Schema yang valid (${p.detail}).`,
    fix: () => "Perbaiki berkas skema.",
  },
  "invalid-catalog": {
    message: () => "Katalog tidak memiliki daftar dataset.",
    fix: () => 'Tambahkan "datasets": [ … ] di data/catalog.json.',
  },
  "empty-file": {
    message: () => "Berkas kosong: tidak ada baris judul kolom.",
    fix: () => "Tambahkan baris judul dengan nama-nama kolom.",
  },
  encoding: {
    message: () => "Berkas tidak berenkode UTF-8 (tampaknya Windows-1252/Latin-1).",
    fix: () =>
      'Simpan ulang sebagai "CSV UTF-8 (Comma delimited)" di Excel, atau sebagai UTF-8 di editor Anda.',
  },
  "semicolon-delimiter": {
    message: () =>
      "Kolom dipisahkan dengan titik koma (;), seperti hasil Excel dengan pengaturan wilayah Indonesia.",
    fix: () => 'Simpan ulang sebagai "CSV UTF-8 (Comma delimited)", atau ubah pemisah daftar menjadi koma.',
  },
  "unclosed-quote": {
    message: () => "Ada sel bertanda kutip yang tidak ditutup.",
    fix: () => 'Tutup tanda kutipnya; tanda kutip di dalam sel ditulis dua kali ("").',
  },
  "blank-label": {
    message: () => "Ada kolom tanpa nama di baris judul.",
    fix: () => "Beri nama kolom itu, atau hapus jika kosong.",
  },
  "duplicate-label": {
    message: (i, p) => `Kolom ${col(i)} muncul dua kali (pertama di kolom ${p.first}).`,
    fix: () => "Hapus atau ganti nama salah satunya.",
  },
  "unknown-column": {
    message: (i) => `Kolom ${col(i)} bukan bagian dari dataset ini.`,
    fix: (_i, p) => `Ganti namanya menjadi salah satu dari: ${p.expected}.`,
  },
  "missing-column": {
    message: (i) => `Kolom wajib ${col(i)} tidak ada di baris judul.`,
    fix: () => "Tambahkan kolom itu ke baris judul.",
  },
  "blank-row": { message: () => "Baris ini kosong.", fix: () => "Hapus baris kosong." },
  "extra-cell": {
    message: (_i, p) => `Baris ini punya ${p.actual} sel, padahal judulnya ${p.expected} kolom.`,
    fix: () => "Hapus sel berlebih, atau beri tanda kutip pada sel yang berisi koma.",
  },
  "missing-cell": {
    message: (_i, p) => `Baris ini punya ${p.actual} sel, padahal judulnya ${p.expected} kolom.`,
    fix: () => "Tambahkan sel yang kurang (biarkan kosong jika nilainya tidak diketahui).",
  },
  required: { message: (i) => `${col(i)} wajib diisi tetapi kosong.`, fix: () => "Isi dari sumbernya." },
  "type-error": {
    message: (i, p) => `${col(i)} harus bertipe ${p.type}, bukan${val(i)}.`,
    fix: (_i, p) => typeFix(p.type, "id"),
  },
  enum: {
    message: (i) => `${col(i)} berisi nilai yang tidak diizinkan:${val(i)}.`,
    fix: (_i, p) => `Gunakan salah satu dari: ${p.allowedValues}.`,
  },
  pattern: {
    message: (i) => `${col(i)} tidak sesuai bentuk yang diharapkan:${val(i)}.`,
    fix: (_i, p) => `Tulis sesuai pola ${p.pattern}.`,
  },
  format: {
    message: (i, p) => `${col(i)} bukan ${p.format} yang valid:${val(i)}.`,
    fix: (_i, p) => formatFix(p.format, "id"),
  },
  range: {
    message: (i, p) => `${col(i)}${val(i)} di luar rentang (batas ${p.limit}).`,
    fix: () => "Periksa angkanya dengan sumber.",
  },
  length: {
    message: (i, p) => `Panjang ${col(i)} tidak sesuai (batas ${p.limit}).`,
    fix: () => "Perpendek atau lengkapi teksnya.",
  },
  "list-length": {
    message: (i, p) => `Jumlah butir ${col(i)} tidak sesuai (batas ${p.limit}).`,
    fix: () => "Pisahkan butir daftar dengan ; dan isi minimal satu.",
  },
  "list-duplicate": {
    message: (i) => `${col(i)} mengulang butir yang sama.`,
    fix: () => "Hapus butir yang berulang.",
  },
  "unknown-field": {
    message: (i) => `Isian ${col(i)} bukan bagian dari dataset ini.`,
    fix: () => "Hapus atau perbaiki namanya.",
  },
  schema: {
    message: (i, p) => `${col(i)} melanggar aturan "${p.keyword}".`,
    fix: () => "Lihat kamus data untuk isian ini.",
  },
  "duplicate-key": {
    message: (i, p) => `Id${val(i)} sudah dipakai di baris ${p.first}.`,
    fix: () => "Beri setiap rekaman id sendiri; jangan pernah memakai ulang id lama.",
  },
  "foreign-key": {
    message: (i, p) => `${col(i)}${val(i)} tidak cocok dengan entri mana pun di ${p.target}.`,
    fix: (_i, p) => fkFix(p.target, "id"),
  },
  "date-order": {
    message: (i, p) => `${col(i)}${val(i)} lebih awal daripada ${p.startField} "${p.start}".`,
    fix: () => "Periksa kedua tanggal di sumbernya; tukar jika tertukar.",
  },
  "female-exceeds-total": {
    message: (i, p) => `Jumlah peserta perempuan${val(i)} melebihi total (${p.total}).`,
    fix: () => "Periksa kedua angka di sumbernya.",
  },
};

function typeFix(type: string | number | undefined, lang: Lang): string {
  if (type === "integer" || type === "number") {
    return lang === "id"
      ? "Tulis angka polos tanpa pemisah ribuan atau mata uang, mis. 1500000 (bukan 1.500.000 atau Rp 1,5 juta)."
      : "Write a plain number without thousands separators or currency, e.g. 1500000 (not 1.500.000 or Rp 1,5 juta).";
  }
  if (type === "boolean")
    return lang === "id" ? "Tulis true atau false (bukan Ya/Tidak)." : "Write true or false (not Ya/Tidak).";
  return lang === "id"
    ? "Periksa kamus data untuk tipe isian ini."
    : "See the data dictionary for this field's type.";
}

function formatFix(format: string | number | undefined, lang: Lang): string {
  if (format === "partial-date") {
    return lang === "id"
      ? "Tulis tanggal sebagai YYYY-MM-DD, YYYY-MM atau YYYY (mis. 2023-12-31, bukan 31/12/2023)."
      : "Write the date as YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2023-12-31, not 31/12/2023).";
  }
  if (format === "uri")
    return lang === "id"
      ? "Tulis alamat lengkap yang diawali https://."
      : "Write the full address starting with https://.";
  return lang === "id"
    ? "Lihat kamus data untuk format isian ini."
    : "See the data dictionary for this field's format.";
}

function fkFix(target: string | number | undefined, lang: Lang): string {
  const t = String(target);
  if (t === "ref:countries")
    return lang === "id"
      ? "Gunakan kode negara ISO 3166-1 alpha-2, mis. TZ untuk Tanzania."
      : "Use an ISO 3166-1 alpha-2 country code, e.g. TZ for Tanzania.";
  if (t === "ref:provinces")
    return lang === "id"
      ? "Gunakan kode provinsi Kemendagri, mis. 32 untuk Jawa Barat."
      : "Use a Kemendagri province code, e.g. 32 for Jawa Barat.";
  if (t === "ref:regencies")
    return lang === "id"
      ? "Gunakan kode kabupaten/kota Kemendagri, mis. 32.02 untuk Kabupaten Sukabumi."
      : "Use a Kemendagri regency code, e.g. 32.02 for Kabupaten Sukabumi.";
  const dataset = t.startsWith("ref:") ? `schemas/codelists/${t.slice(4)}.json` : `${t.split(".")[0]}`;
  return lang === "id"
    ? `Tambahkan entri itu ke ${dataset} terlebih dahulu, atau perbaiki ejaannya.`
    : `Add that entry to ${dataset} first, or correct the spelling.`;
}

const catalogues: Readonly<Record<Lang, Catalogue>> = { en, id };

/** Lists every issue code that has a message, for documentation and tests. */
export function messageCodes(): string[] {
  return Object.keys(en);
}

/** Formats an issue's message and fix in a language. */
export function formatIssue(found: Issue, lang: Lang): { message: string; fix: string } {
  const template = catalogues[lang][found.code] ?? catalogues[lang].schema;
  if (!template) return { message: found.code, fix: "" };
  return { message: template.message(found, found.params), fix: template.fix(found, found.params) };
}
