import type { Lang } from "../model.ts";
import { type CodeDefinition, col, meant, val } from "./codeDefinition.ts";

const typeNames: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  id: {
    integer: "bilangan bulat",
    number: "angka",
    boolean: "true/false",
    string: "teks",
    array: "daftar",
    object: "objek",
  },
  en: {
    integer: "a whole number",
    number: "a number",
    boolean: "true or false",
    string: "text",
    array: "a list",
    object: "an object",
  },
};
const typeName = (type: unknown, lang: Lang): string => typeNames[lang][String(type)] ?? String(type);

/** Problems with one value: missing, of the wrong type, not allowed, out of range. */
export const cellCodes: Readonly<Record<string, CodeDefinition>> = {
  required: {
    severity: "error",
    frictionless: "constraint-error",
    check: { id: "Isian wajib terisi.", en: "Required fields are filled in." },
    message: {
      id: (i) => `${col(i)} wajib diisi tetapi kosong.`,
      en: (i) => `${col(i)} is required but empty.`,
    },
    fix: { id: () => "Isi dari sumbernya.", en: () => "Fill it in from the source." },
  },
  "type-error": {
    severity: "error",
    frictionless: "type-error",
    check: {
      id: "Nilai bertipe sesuai skema (angka, true/false, daftar…).",
      en: "Values have the schema's type (number, true/false, list…).",
    },
    message: {
      id: (i, p) => `${col(i)} harus ${typeName(p.type, "id")}, bukan${val(i)}.`,
      en: (i, p) => `${col(i)} must be ${typeName(p.type, "en")}, not${val(i)}.`,
    },
    fix: {
      id: (_i, p) =>
        p.type === "integer" || p.type === "number"
          ? "Tulis angka polos dengan titik untuk desimal, tanpa pemisah ribuan atau mata uang, mis. 1500000 atau 12.5."
          : p.type === "boolean"
            ? "Tulis true atau false."
            : "Lihat kamus data untuk tipe isian ini.",
      en: (_i, p) =>
        p.type === "integer" || p.type === "number"
          ? "Write a plain number with a point for decimals, without thousands separators or currency, e.g. 1500000 or 12.5."
          : p.type === "boolean"
            ? "Write true or false."
            : "See the data dictionary for this field's type.",
    },
  },
  "inexact-number": {
    severity: "error",
    frictionless: "type-error",
    check: {
      id: "Angka dapat disimpan persis (paling banyak 15 angka penting, tidak terlalu besar atau kecil).",
      en: "Numbers can be stored exactly (at most 15 significant digits, not too large or small).",
    },
    message: {
      id: (i, p) =>
        `${col(i)}${val(i)} tidak dapat disimpan persis sebagai angka: akan terbaca sebagai ${p.readAs}.`,
      en: (i, p) =>
        `${col(i)}${val(i)} cannot be stored exactly as a number: it would be read as ${p.readAs}.`,
    },
    fix: {
      id: () =>
        "Periksa angkanya di sumber dan tulis dengan paling banyak 15 angka penting; kode atau nomor identitas ditulis sebagai teks.",
      en: () =>
        "Check the figure in the source and write it with at most 15 significant digits; write codes and identifiers as text.",
    },
  },
  "number-format-id": {
    severity: "error",
    frictionless: "type-error",
    check: {
      id: "Angka ditulis polos, bukan dengan pemisah ribuan (1.000.000,50).",
      en: "Numbers are plain, without thousands separators (1.000.000,50).",
    },
    message: {
      id: (i) =>
        `${col(i)}${val(i)} ditulis dengan pemisah ribuan atau koma desimal gaya Indonesia; mesin membaca titik sebagai desimal.`,
      en: (i) =>
        `${col(i)}${val(i)} is written with Indonesian thousands separators or a decimal comma; machines read a point as the decimal mark.`,
    },
    fix: {
      id: (_i, p) =>
        `Tulis tanpa pemisah ribuan dan dengan titik desimal${p.suggestion === undefined ? "" : `: ${p.suggestion}`}.`,
      en: (_i, p) =>
        `Write it without thousands separators and with a decimal point${p.suggestion === undefined ? "" : `: ${p.suggestion}`}.`,
    },
  },
  "number-currency": {
    severity: "error",
    frictionless: "type-error",
    check: {
      id: "Jumlah ditulis sebagai angka, tanpa mata uang atau satuan (Rp 1,5 miliar).",
      en: "Amounts are numbers, without currency or units (Rp 1,5 miliar).",
    },
    message: {
      id: (i) =>
        `${col(i)}${val(i)} berisi mata uang atau satuan (ribu, juta, miliar, triliun); isian ini hanya menerima angka.`,
      en: (i) =>
        `${col(i)}${val(i)} contains a currency or a unit word (ribu, juta, miliar, triliun); this field takes a number only.`,
    },
    fix: {
      id: (_i, p) =>
        `Tulis jumlahnya penuh sebagai angka${p.suggestion === undefined ? "" : ` (${p.suggestion})`} dan mata uangnya di kolom currency.`,
      en: (_i, p) =>
        `Write the full amount as a number${p.suggestion === undefined ? "" : ` (${p.suggestion})`} and its currency in the currency column.`,
    },
  },
  "date-format-id": {
    severity: "error",
    frictionless: "type-error",
    check: {
      id: "Tanggal ditulis YYYY-MM-DD, YYYY-MM atau YYYY (bukan 31/12/2023).",
      en: "Dates are written YYYY-MM-DD, YYYY-MM or YYYY (not 31/12/2023).",
    },
    message: {
      id: (i) =>
        `${col(i)}${val(i)} ditulis dengan urutan hari-bulan-tahun atau nama bulan; tanggal ditulis dari tahun ke hari.`,
      en: (i) =>
        `${col(i)}${val(i)} is written day-month-year or with a month name; dates are written from year to day.`,
    },
    fix: {
      id: (_i, p) =>
        `Tulis sebagai YYYY-MM-DD, YYYY-MM atau YYYY, sesuai presisi sumber${p.suggestion === undefined ? "" : `: ${p.suggestion}`}.`,
      en: (_i, p) =>
        `Write it as YYYY-MM-DD, YYYY-MM or YYYY, to the precision of the source${p.suggestion === undefined ? "" : `: ${p.suggestion}`}.`,
    },
  },
  "boolean-ya-tidak": {
    severity: "error",
    frictionless: "type-error",
    check: { id: "Nilai ya/tidak ditulis true atau false.", en: "Yes/no values are written true or false." },
    message: {
      id: (i) => `${col(i)}${val(i)} adalah ya/tidak; isian ini memakai true atau false.`,
      en: (i) => `${col(i)}${val(i)} is a yes/no word; this field takes true or false.`,
    },
    fix: {
      id: (_i, p) => `Tulis ${p.suggestion ?? "true atau false"}.`,
      en: (_i, p) => `Write ${p.suggestion ?? "true or false"}.`,
    },
  },
  enum: {
    severity: "error",
    frictionless: "constraint-error",
    check: { id: "Kode berasal dari daftar yang diizinkan.", en: "Codes come from the allowed list." },
    message: {
      id: (i, p) => `${col(i)} berisi nilai yang tidak diizinkan:${val(i)}.${meant(p, "id")}`,
      en: (i, p) => `${col(i)} has a value that is not allowed:${val(i)}.${meant(p, "en")}`,
    },
    fix: {
      id: (_i, p) => `Gunakan salah satu dari: ${p.allowedValues}.`,
      en: (_i, p) => `Use one of: ${p.allowedValues}.`,
    },
  },
  pattern: {
    severity: "error",
    frictionless: "constraint-error",
    check: {
      id: "Nilai sesuai pola yang ditentukan (id, kode negara, mata uang…).",
      en: "Values match their pattern (ids, country codes, currencies…).",
    },
    message: {
      id: (i) => `${col(i)} tidak sesuai bentuk yang diharapkan:${val(i)}.`,
      en: (i) => `${col(i)} is not in the expected form:${val(i)}.`,
    },
    fix: {
      id: (_i, p) => `Tulis sesuai pola ${p.pattern} (lihat contoh di kamus data).`,
      en: (_i, p) => `Write it to match ${p.pattern} (see the examples in the data dictionary).`,
    },
  },
  format: {
    severity: "error",
    frictionless: "type-error",
    check: {
      id: "Tanggal adalah tanggal kalender yang nyata; alamat web lengkap.",
      en: "Dates are real calendar dates; web addresses are complete.",
    },
    message: {
      id: (i, p) =>
        `${col(i)} bukan ${p.format === "partial-date" ? "tanggal" : p.format} yang valid:${val(i)}.`,
      en: (i, p) => `${col(i)} is not a valid ${p.format === "partial-date" ? "date" : p.format}:${val(i)}.`,
    },
    fix: {
      id: (_i, p) =>
        p.format === "partial-date"
          ? "Tulis tanggal kalender yang nyata sebagai YYYY-MM-DD, YYYY-MM atau YYYY (mis. 2023-02-28, bukan 2023-02-30)."
          : p.format === "uri"
            ? "Tulis alamat lengkap yang diawali https://."
            : "Lihat kamus data untuk format isian ini.",
      en: (_i, p) =>
        p.format === "partial-date"
          ? "Write a real calendar date as YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2023-02-28, not 2023-02-30)."
          : p.format === "uri"
            ? "Write the full address starting with https://."
            : "See the data dictionary for this field's format.",
    },
  },
  range: {
    severity: "error",
    frictionless: "constraint-error",
    check: { id: "Angka dalam rentang yang diizinkan.", en: "Numbers are within their allowed range." },
    message: {
      id: (i, p) => `${col(i)}${val(i)} di luar rentang (${p.comparison ?? ""} ${p.limit}).`,
      en: (i, p) => `${col(i)}${val(i)} is out of range (must be ${p.comparison ?? ""} ${p.limit}).`,
    },
    fix: { id: () => "Periksa angkanya dengan sumber.", en: () => "Check the figure against the source." },
  },
  length: {
    severity: "error",
    frictionless: "constraint-error",
    check: { id: "Panjang teks sesuai batas.", en: "Texts are within their length limits." },
    message: {
      id: (i, p) => `Panjang ${col(i)}${val(i)} tidak sesuai (batas ${p.limit} karakter).`,
      en: (i, p) => `${col(i)}${val(i)} has the wrong length (limit ${p.limit} characters).`,
    },
    fix: { id: () => "Perpendek atau lengkapi teksnya.", en: () => "Shorten or complete the text." },
  },
  "list-length": {
    severity: "error",
    frictionless: "constraint-error",
    check: { id: "Daftar berisi jumlah butir yang diizinkan.", en: "Lists hold an allowed number of items." },
    message: {
      id: (i, p) => `Jumlah butir ${col(i)}${val(i)} tidak sesuai (batas ${p.limit}).`,
      en: (i, p) => `${col(i)}${val(i)} has the wrong number of items (limit ${p.limit}).`,
    },
    fix: {
      id: () => "Pisahkan butir daftar dengan ; dan isi minimal satu.",
      en: () => "Separate list items with ; and give at least one.",
    },
  },
  "list-duplicate": {
    severity: "error",
    frictionless: "constraint-error",
    check: { id: "Butir daftar tidak berulang.", en: "List items are not repeated." },
    message: {
      id: (i) => `${col(i)} mengulang butir yang sama${val(i)}.`,
      en: (i) => `${col(i)} repeats an item${val(i)}.`,
    },
    fix: { id: () => "Hapus butir yang berulang.", en: () => "Remove the repeated item." },
  },
  "unknown-field": {
    severity: "error",
    frictionless: "constraint-error",
    check: { id: "Rekaman JSON hanya berisi isian skema.", en: "JSON records hold only schema fields." },
    message: {
      id: (i) =>
        `Isian ${col(i)}${i.pointer ? ` (${i.pointer})` : ""} bukan bagian dari dataset ini:${val(i)}.`,
      en: (i) =>
        `Field ${col(i)}${i.pointer ? ` (${i.pointer})` : ""} is not part of this dataset:${val(i)}.`,
    },
    fix: { id: () => "Hapus atau perbaiki namanya.", en: () => "Remove it or correct its name." },
  },
  schema: {
    severity: "error",
    frictionless: "constraint-error",
    check: { id: "Rekaman memenuhi aturan lain skema.", en: "Records meet the schema's other rules." },
    message: {
      id: (i, p) =>
        p.keyword === "dependentRequired"
          ? `${col(i)}${val(i)} diisi, sehingga "${p.missingProperty}" juga harus diisi.`
          : `${col(i)}${val(i)} melanggar aturan skema "${p.keyword}".`,
      en: (i, p) =>
        p.keyword === "dependentRequired"
          ? `${col(i)}${val(i)} is filled, so "${p.missingProperty}" must be filled too.`
          : `${col(i)}${val(i)} breaks the schema rule "${p.keyword}".`,
    },
    fix: {
      id: (_i, p) =>
        p.keyword === "dependentRequired"
          ? `Isi "${p.missingProperty}" (lihat kamus data), atau kosongkan ${p.property}.`
          : "Lihat kamus data untuk isian ini.",
      en: (_i, p) =>
        p.keyword === "dependentRequired"
          ? `Fill in "${p.missingProperty}" (see the data dictionary), or leave ${p.property} empty.`
          : "See the data dictionary for this field.",
    },
  },
};
