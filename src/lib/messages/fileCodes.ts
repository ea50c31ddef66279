import type { Lang } from "../model.ts";
import { type CodeDefinition, col, val } from "./codeDefinition.ts";

const pathReasons: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  id: {
    "not-text": "bukan nama berkas",
    empty: "kosong",
    absolute: "adalah jalur absolut (dimulai dari akar disk, drive, atau skema seperti file:)",
    parent: "naik keluar dari folder dengan ..",
    backslash: "memakai garis miring terbalik (\\)",
    control: "berisi karakter kontrol",
    link: "adalah tautan (symlink) ke berkas di luar folder",
  },
  en: {
    "not-text": "is not a file name",
    empty: "is empty",
    absolute: "is an absolute path (it starts at the root of a disk, a drive or a scheme such as file:)",
    parent: "goes up out of the folder with ..",
    backslash: "uses a backslash (\\)",
    control: "holds a control character",
    link: "is a link (symlink) to a file outside the folder",
  },
};
const pathReason = (reason: unknown, lang: Lang): string =>
  pathReasons[lang][String(reason)] ?? String(reason);

/** Formats a size in bytes as MiB with one decimal, for size limits. */
const mib = (bytes: unknown): string => `${(Number(bytes) / 1024 / 1024).toFixed(1)} MiB`;

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
  "unsafe-path": {
    severity: "error",
    frictionless: "source-error",
    check: {
      id: "Jalur berkas tetap di dalam foldernya: tanpa .., jalur absolut, atau tautan ke luar.",
      en: "File paths stay inside their folder: no .., absolute paths or links that lead outside.",
    },
    message: {
      id: (i, p) =>
        `Jalur${val(i)}${i.column ? ` di ${col(i)}` : ""} ${pathReason(p.reason, "id")}: hanya berkas di dalam folder data (dan skema di folder skema) yang dibaca, jadi berkas ini tidak dibaca.`,
      en: (i, p) =>
        `The path${val(i)}${i.column ? ` in ${col(i)}` : ""} ${pathReason(p.reason, "en")}: only files inside the data folder (and schemas inside the schema folder) are read, so it was not read.`,
    },
    fix: {
      id: () =>
        "Tulis nama berkas di dalam folder, mis. activities.csv atau activities.schema.json, dengan / di antara subfolder; salin berkasnya ke dalam folder alih-alih menautkannya.",
      en: () =>
        "Write the name of a file inside the folder, e.g. activities.csv or activities.schema.json, with / between subfolders; copy the file into the folder instead of linking to it.",
    },
  },
  "not-a-file": {
    severity: "error",
    frictionless: "source-error",
    check: {
      id: "Dataset dan skema adalah berkas biasa, bukan folder, perangkat, atau pipa.",
      en: "Datasets and schemas are regular files, not folders, devices or pipes.",
    },
    message: {
      id: () => "Ini bukan berkas biasa (melainkan folder, perangkat, atau pipa), jadi tidak dibaca.",
      en: () => "This is not a regular file (it is a folder, a device or a pipe), so it was not read.",
    },
    fix: {
      id: () => "Ganti dengan berkas CSV atau JSON biasa, atau perbaiki jalurnya di data/catalog.json.",
      en: () => "Replace it with a plain CSV or JSON file, or correct its path in data/catalog.json.",
    },
  },
  "file-too-large": {
    severity: "error",
    frictionless: "source-error",
    check: {
      id: "Berkas JSON (dibaca utuh) tidak lebih dari 64 MiB.",
      en: "JSON files (read whole) are at most 64 MiB.",
    },
    message: {
      id: (_i, p) =>
        `Berkas ini ${mib(p.size)}; berkas JSON dibaca utuh ke memori, jadi paling besar ${mib(p.limit)}. Berkas tidak dibaca.`,
      en: (_i, p) =>
        `The file is ${mib(p.size)}; JSON files are read whole into memory, so they may be at most ${mib(p.limit)}. It was not read.`,
    },
    fix: {
      id: () => "Pecah dataset menjadi beberapa berkas, atau terbitkan sebagai CSV (yang dibaca bertahap).",
      en: () => "Split the dataset into several files, or publish it as CSV (which is read in a stream).",
    },
  },
};
