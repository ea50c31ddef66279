import { type CodeDefinition, col, meant, val } from "./codeDefinition.ts";

/** Problems with a CSV file's structure: delimiter, quotes, header labels, rows and cells. */
export const structureCodes: Readonly<Record<string, CodeDefinition>> = {
  "semicolon-delimiter": {
    severity: "error",
    frictionless: "dialect-error",
    check: { id: "Kolom dipisahkan dengan koma.", en: "Columns are separated by commas." },
    message: {
      id: (i) =>
        `Kolom dipisahkan dengan titik koma (;), seperti hasil Excel dengan pengaturan wilayah Indonesia:${val(i)}. Berkas tetap diperiksa dengan pemisah itu.`,
      en: (i) =>
        `The columns are separated by semicolons (;), as Excel does on Indonesian-locale computers:${val(i)}. The file was still checked with that separator.`,
    },
    fix: {
      id: () =>
        'Simpan ulang sebagai "CSV UTF-8 (Comma delimited)", atau ubah List separator menjadi koma di Control Panel › Region › Additional settings; periksa juga angka desimal (tulis 1.5, bukan 1,5).',
      en: () =>
        'Re-save as "CSV UTF-8 (Comma delimited)", or set the list separator to a comma in Control Panel › Region › Additional settings; check decimals too (write 1.5, not 1,5).',
    },
  },
  "tab-delimiter": {
    severity: "error",
    frictionless: "dialect-error",
    check: {
      id: "Kolom dipisahkan dengan koma, bukan tab.",
      en: "Columns are separated by commas, not tabs.",
    },
    message: {
      id: (i) =>
        `Kolom dipisahkan dengan tab (TSV, misalnya hasil salin-tempel dari spreadsheet):${val(i)}. Berkas tetap diperiksa dengan pemisah itu.`,
      en: (i) =>
        `The columns are separated by tabs (TSV, e.g. pasted from a spreadsheet):${val(i)}. The file was still checked with that separator.`,
    },
    fix: {
      id: () => 'Simpan ulang dari spreadsheet sebagai "CSV UTF-8 (Comma delimited)".',
      en: () => 'Re-save it from the spreadsheet as "CSV UTF-8 (Comma delimited)".',
    },
  },
  "unclosed-quote": {
    severity: "error",
    frictionless: "source-error",
    check: { id: "Setiap tanda kutip pembuka ditutup.", en: "Every opening quote is closed." },
    message: {
      id: () => "Ada sel bertanda kutip yang tidak ditutup sampai akhir berkas.",
      en: () => "A quoted cell is not closed before the end of the file.",
    },
    fix: {
      id: () => 'Tutup tanda kutipnya; tanda kutip di dalam sel ditulis dua kali ("").',
      en: () => 'Close the quote; a quote inside a cell is written twice ("").',
    },
  },
  "invalid-quote": {
    severity: "error",
    frictionless: "source-error",
    check: { id: "Tanda kutip di dalam sel ditulis ganda.", en: "Quotes inside cells are doubled." },
    message: {
      id: () => "Ada tanda kutip di tengah sel bertanda kutip yang tidak ditulis ganda.",
      en: () => "A quote inside a quoted cell is not doubled.",
    },
    fix: {
      id: () => 'Tulis tanda kutip di dalam sel dua kali (""), atau simpan ulang dari spreadsheet.',
      en: () => 'Write a quote inside a cell twice (""), or re-save the file from the spreadsheet.',
    },
  },
  "blank-label": {
    severity: "error",
    frictionless: "blank-label",
    check: { id: "Setiap kolom bernama.", en: "Every column has a name." },
    message: {
      id: (i) => `Kolom ${col(i)} tidak bernama di baris judul.`,
      en: (i) => `Column ${col(i)} has no name in the header row.`,
    },
    fix: {
      id: () => "Beri nama kolom itu, atau hapus jika kosong.",
      en: () => "Name the column, or delete it if it is empty.",
    },
  },
  "duplicate-label": {
    severity: "error",
    frictionless: "duplicate-label",
    check: { id: "Nama kolom tidak berulang.", en: "Column names are unique." },
    message: {
      id: (i, p) =>
        `Kolom ${col(i)} muncul dua kali (pertama di kolom ${p.first}); hanya yang pertama dibaca.`,
      en: (i, p) => `Column ${col(i)} appears twice (first at column ${p.first}); only the first is read.`,
    },
    fix: { id: () => "Hapus atau ganti nama salah satunya.", en: () => "Remove or rename one of them." },
  },
  "unknown-column": {
    severity: "error",
    frictionless: "extra-label",
    check: { id: "Semua kolom adalah isian skema.", en: "Every column is a schema field." },
    message: {
      id: (i, p) => `Kolom ${col(i)} bukan bagian dari dataset ini.${meant(p, "id")}`,
      en: (i, p) => `Column ${col(i)} is not part of this dataset.${meant(p, "en")}`,
    },
    fix: {
      id: (_i, p) => `Ganti namanya menjadi salah satu dari: ${p.expected}.`,
      en: (_i, p) => `Rename it to one of: ${p.expected}.`,
    },
  },
  "missing-column": {
    severity: "error",
    frictionless: "missing-label",
    check: { id: "Kolom wajib ada di baris judul.", en: "Required columns are in the header." },
    message: {
      id: (i) => `Kolom wajib ${col(i)} tidak ada di baris judul.`,
      en: (i) => `Required column ${col(i)} is missing from the header.`,
    },
    fix: { id: () => "Tambahkan kolom itu ke baris judul.", en: () => "Add the column to the header row." },
  },
  "blank-row": {
    severity: "error",
    frictionless: "blank-row",
    check: { id: "Tidak ada baris kosong.", en: "No row is blank." },
    message: { id: () => "Baris ini kosong.", en: () => "The row is blank." },
    fix: {
      id: () => "Hapus baris kosong (baris baru di akhir berkas tidak apa-apa).",
      en: () => "Delete the blank row (a newline at the end of the file is fine).",
    },
  },
  "extra-cell": {
    severity: "error",
    frictionless: "extra-cell",
    check: {
      id: "Baris tidak punya sel lebih banyak dari judul.",
      en: "Rows have no more cells than the header.",
    },
    message: {
      id: (i, p) =>
        `Sel ke-${i.columnNumber} "${i.value}" berlebih: baris ini punya ${p.actual} sel, judulnya ${p.expected} kolom.`,
      en: (i, p) =>
        `Cell ${i.columnNumber} "${i.value}" is extra: the row has ${p.actual} cells, the header ${p.expected}.`,
    },
    fix: {
      id: () => 'Hapus sel berlebih, atau beri tanda kutip pada sel yang berisi koma ("Jakarta, Indonesia").',
      en: () => 'Remove the extra cells, or quote a cell that contains a comma ("Jakarta, Indonesia").',
    },
  },
  "missing-cell": {
    severity: "error",
    frictionless: "missing-cell",
    check: {
      id: "Baris tidak punya sel lebih sedikit dari judul.",
      en: "Rows have no fewer cells than the header.",
    },
    message: {
      id: (i, p) =>
        `Sel kolom ${col(i)} tidak ada: baris ini punya ${p.actual} sel, judulnya ${p.expected} kolom.`,
      en: (i, p) =>
        `The cell for column ${col(i)} is missing: the row has ${p.actual} cells, the header ${p.expected}.`,
    },
    fix: {
      id: () => "Tambahkan sel yang kurang (biarkan kosong jika nilainya tidak diketahui, misalnya ,,).",
      en: () => "Add the missing cells (leave a cell empty if the value is unknown, e.g. ,,).",
    },
  },
  "too-many-columns": {
    severity: "error",
    frictionless: "source-error",
    check: {
      id: "Tabel paling banyak 1.000 kolom (judul dan setiap baris).",
      en: "Tables have at most 1,000 columns (the header and every row).",
    },
    message: {
      id: (i, p) =>
        i.row === 1
          ? `Baris judul punya ${p.count === undefined ? `lebih dari ${p.limit}` : p.count} kolom; paling banyak ${p.limit}. Berkas tidak diperiksa lebih lanjut.`
          : `Baris ini punya ${p.count} sel; paling banyak ${p.limit}. Sel di luar kolom judul tidak dibaca.`,
      en: (i, p) =>
        i.row === 1
          ? `The header row has ${p.count === undefined ? `more than ${p.limit}` : p.count} columns; at most ${p.limit} are read. The file was not checked further.`
          : `The row has ${p.count} cells; at most ${p.limit} are read. Cells beyond the header's columns were not read.`,
    },
    fix: {
      id: () =>
        "Periksa pemisah kolom dan tanda kutip (sebuah teks panjang tanpa tanda kutip bisa terpecah menjadi banyak kolom), atau pecah tabel menjadi beberapa dataset.",
      en: () =>
        "Check the column separator and the quotes (long text without quotes can split into many columns), or split the table into several datasets.",
    },
  },
};
