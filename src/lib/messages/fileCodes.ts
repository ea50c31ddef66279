import type { CodeDefinition } from "./codeDefinition.ts";

/** Problems with whole files: missing, unreadable, not JSON, not UTF-8, empty. */
export const fileCodes: Readonly<Record<string, CodeDefinition>> = {
  "missing-file": {
    severity: "error",
    frictionless: "source-error",
    check: { id: "Berkas yang disebut katalog ada.", en: "The files the catalog names exist." },
    message: { id: () => "Berkas tidak ada.", en: () => "The file does not exist." },
    fix: {
      id: () => "Buat berkasnya, atau perbaiki jalurnya di data/catalog.json.",
      en: () => "Create it, or correct its path in data/catalog.json.",
    },
  },
  "unreadable-file": {
    severity: "error",
    frictionless: "source-error",
    check: { id: "Berkas dapat dibaca.", en: "Files can be read." },
    message: {
      id: (_i, p) => `Berkas tidak dapat dibaca (${p.detail}).`,
      en: (_i, p) => `The file cannot be read (${p.detail}).`,
    },
    fix: { id: () => "Periksa izin akses berkas.", en: () => "Check the file's permissions." },
  },
  "invalid-json": {
    severity: "error",
    frictionless: "source-error",
    check: { id: "Berkas JSON bersintaks benar.", en: "JSON files are valid JSON." },
    message: {
      id: (_i, p) => `JSON tidak valid (${p.detail}).`,
      en: (_i, p) => `The JSON is not valid (${p.detail}).`,
    },
    fix: {
      id: () => "Perbaiki sintaksnya: periksa koma, tanda kutip, dan kurung di dekat posisi yang disebut.",
      en: () => "Fix the syntax: check commas, quotes and brackets near the position given.",
    },
  },
  "not-an-array": {
    severity: "error",
    frictionless: "source-error",
    check: { id: "Dataset JSON berupa larik rekaman.", en: "JSON datasets are arrays of records." },
    message: {
      id: () => "Berkas harus berisi larik (array) JSON berisi rekaman.",
      en: () => "The file must hold a JSON array of records.",
    },
    fix: { id: () => "Apit rekaman dengan [ … ].", en: () => "Wrap the records in [ … ]." },
  },
  "invalid-schema": {
    severity: "error",
    frictionless: "schema-error",
    check: {
      id: "Skema adalah JSON Schema 2020-12 yang valid.",
      en: "Schemas are valid JSON Schema 2020-12.",
    },
    message: {
      id: (_i, p) => `Skema bukan JSON Schema yang valid (${p.detail}).`,
      en: (_i, p) => `The schema is not a valid JSON Schema (${p.detail}).`,
    },
    fix: { id: () => "Perbaiki berkas skema.", en: () => "Correct the schema file." },
  },
  "invalid-catalog": {
    severity: "error",
    frictionless: "package-error",
    check: { id: "Katalog memiliki daftar dataset.", en: "The catalog lists its datasets." },
    message: {
      id: () => "Katalog tidak memiliki daftar dataset.",
      en: () => "The catalog has no datasets list.",
    },
    fix: {
      id: () => 'Tambahkan "datasets": [ … ] di data/catalog.json.',
      en: () => 'Add "datasets": [ … ] to data/catalog.json.',
    },
  },
  "empty-file": {
    severity: "error",
    frictionless: "source-error",
    check: { id: "Berkas CSV tidak kosong.", en: "CSV files are not empty." },
    message: {
      id: () => "Berkas kosong: tidak ada baris judul kolom.",
      en: () => "The file is empty: no header row.",
    },
    fix: {
      id: () => "Tambahkan baris judul dengan nama-nama kolom.",
      en: () => "Add the header row with the column names.",
    },
  },
  encoding: {
    severity: "error",
    frictionless: "encoding-error",
    check: {
      id: "Berkas berenkode UTF-8 (dengan atau tanpa BOM) atau UTF-16 dengan BOM.",
      en: "Files are UTF-8 (with or without BOM) or UTF-16 with a BOM.",
    },
    message: {
      id: (i, p) =>
        `Berkas tidak berenkode UTF-8: bita ${p.byte}${i.row === undefined ? "" : ` di baris ${i.row}`} bukan UTF-8 (tampaknya Windows-1252/Latin-1; dibaca seperti itu).`,
      en: (i, p) =>
        `The file is not UTF-8: byte ${p.byte}${i.row === undefined ? "" : ` on line ${i.row}`} is not UTF-8 (it looks like Windows-1252/Latin-1 and was read as such).`,
    },
    fix: {
      id: () =>
        'Simpan ulang sebagai UTF-8: di Excel pilih File › Save As › "CSV UTF-8 (Comma delimited) (*.csv)"; di LibreOffice centang "Edit filter settings" lalu pilih Character set "Unicode (UTF-8)"; di editor teks pilih encoding UTF-8.',
      en: () =>
        'Re-save it as UTF-8: in Excel choose File › Save As › "CSV UTF-8 (Comma delimited) (*.csv)"; in LibreOffice tick "Edit filter settings" and choose Character set "Unicode (UTF-8)"; in a text editor choose the UTF-8 encoding.',
    },
  },
};
