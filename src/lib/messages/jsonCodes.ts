import type { Lang } from "../model.ts";
import type { CodeDefinition } from "./codeDefinition.ts";

// jsonc-parser's error names (`printParseErrorCode`) in words.
const syntaxWords: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  id: {
    InvalidSymbol:
      "ada karakter atau kata yang tidak dikenal (JSON tidak mengenal komentar, tanda kutip tunggal, NaN, atau undefined)",
    InvalidNumberFormat: "angka ditulis dengan bentuk yang salah",
    PropertyNameExpected: "seharusnya ada kunci dalam tanda kutip ganda",
    ValueExpected: "seharusnya ada nilai (ada koma berlebih, atau berkasnya kosong?)",
    ColonExpected: "seharusnya ada titik dua (:) setelah kunci",
    CommaExpected: "seharusnya ada koma di antara dua butir",
    CloseBraceExpected: "seharusnya ada } penutup",
    CloseBracketExpected: "seharusnya ada ] penutup",
    EndOfFileExpected: "berkas seharusnya berakhir di sini (ada teks setelah kurung terakhir)",
    InvalidCommentToken: "ada komentar (JSON tidak mengenal komentar)",
    UnexpectedEndOfComment: "ada komentar yang tidak ditutup",
    UnexpectedEndOfString: "teks tidak ditutup dengan tanda kutip ganda sebelum akhir baris",
    UnexpectedEndOfNumber: "angka berakhir terlalu cepat",
    InvalidUnicode: "ada escape \\u yang salah",
    InvalidEscapeCharacter: "ada escape yang salah setelah garis miring terbalik",
    InvalidCharacter: "ada karakter kontrol (mis. ganti baris atau tab) di dalam teks; tulis \\n atau \\t",
  },
  en: {
    InvalidSymbol: "an unexpected character or word (JSON has no comments, single quotes, NaN or undefined)",
    InvalidNumberFormat: "a number written in the wrong form",
    PropertyNameExpected: "a key in double quotes was expected",
    ValueExpected: "a value was expected (a comma too many, or an empty file?)",
    ColonExpected: "a colon (:) was expected after the key",
    CommaExpected: "a comma was expected between two items",
    CloseBraceExpected: "a closing } was expected",
    CloseBracketExpected: "a closing ] was expected",
    EndOfFileExpected: "the file should end here (there is text after the last bracket)",
    InvalidCommentToken: "a comment (JSON has none)",
    UnexpectedEndOfComment: "a comment is not closed",
    UnexpectedEndOfString: "a text is not closed by a double quote before the end of the line",
    UnexpectedEndOfNumber: "a number ends too early",
    InvalidUnicode: "a malformed \\u escape",
    InvalidEscapeCharacter: "an invalid escape after a backslash",
    InvalidCharacter: "a control character (such as a line break or a tab) inside a text; write \\n or \\t",
  },
};
const syntax = (error: unknown, lang: Lang): string => syntaxWords[lang][String(error)] ?? String(error);

/** Problems with a JSON file as a text: syntax, nesting, repeated keys. */
export const jsonCodes: Readonly<Record<string, CodeDefinition>> = {
  "invalid-json": {
    severity: "error",
    frictionless: "source-error",
    check: { id: "Berkas JSON bersintaks benar.", en: "JSON files are valid JSON." },
    message: {
      id: (_i, p) => `JSON tidak valid di baris ${p.line}, kolom ${p.column}: ${syntax(p.error, "id")}.`,
      en: (_i, p) => `The JSON is not valid at line ${p.line}, column ${p.column}: ${syntax(p.error, "en")}.`,
    },
    fix: {
      id: () => "Perbaiki sintaksnya: periksa koma, tanda kutip, dan kurung di dekat posisi yang disebut.",
      en: () => "Fix the syntax: check commas, quotes and brackets near the position given.",
    },
  },
  "json-too-deep": {
    severity: "error",
    frictionless: "source-error",
    check: {
      id: "JSON bersarang paling dalam 64 tingkat.",
      en: "JSON nests at most 64 levels deep.",
    },
    message: {
      id: (_i, p) =>
        `JSON bersarang lebih dari ${p.limit} tingkat; kurung yang melewati batas itu ada di baris ${p.line}, kolom ${p.column}. Berkas tidak diperiksa lebih lanjut.`,
      en: (_i, p) =>
        `The JSON nests more than ${p.limit} levels deep; the bracket past that depth is at line ${p.line}, column ${p.column}. The file was not checked further.`,
    },
    fix: {
      id: () =>
        "Ratakan strukturnya: rekaman di proyek ini bersarang beberapa tingkat saja (lihat skemanya).",
      en: () => "Flatten the structure: the project's records nest a few levels at most (see their schema).",
    },
  },
  "duplicate-json-key": {
    severity: "error",
    frictionless: "source-error",
    check: {
      id: "Kunci tidak berulang di dalam satu objek JSON.",
      en: "Keys are not repeated within one JSON object.",
    },
    message: {
      id: (i, p) =>
        `Kunci "${i.value}" muncul dua kali di objek yang sama (baris ${i.line}; pertama di baris ${p.firstLine}); pembaca JSON hanya menyimpan salah satunya.`,
      en: (i, p) =>
        `The key "${i.value}" appears twice in the same object (line ${i.line}; first on line ${p.firstLine}); JSON readers keep only one of them.`,
    },
    fix: {
      id: () => "Hapus salah satunya, atau gabungkan nilainya.",
      en: () => "Remove one of them, or merge their values.",
    },
  },
};
