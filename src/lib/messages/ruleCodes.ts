import { rules } from "../rules/registry.ts";
import { type CodeDefinition, col, meant, val } from "./codeDefinition.ts";

type RuleMessages = Omit<CodeDefinition, "severity" | "check">;

function fkFix(target: unknown, lang: "id" | "en"): string {
  const t = String(target);
  const examples: Readonly<Record<string, { id: string; en: string }>> = {
    "ref:countries": {
      id: "Gunakan kode negara ISO 3166-1 alpha-2 berhuruf kapital, mis. TZ untuk Tanzania.",
      en: "Use an ISO 3166-1 alpha-2 country code in capitals, e.g. TZ for Tanzania.",
    },
    "ref:provinces": {
      id: "Gunakan kode provinsi Kemendagri, mis. 32 untuk Jawa Barat.",
      en: "Use a Kemendagri province code, e.g. 32 for Jawa Barat.",
    },
    "ref:regencies": {
      id: "Gunakan kode kabupaten/kota Kemendagri bertitik, mis. 32.02 untuk Kabupaten Sukabumi.",
      en: "Use a dotted Kemendagri regency code, e.g. 32.02 for Kabupaten Sukabumi.",
    },
  };
  const known = examples[t];
  if (known) return known[lang];
  const where = t.startsWith("ref:") ? `schemas/codelists/${t.slice(4)}.json` : `${t.split(".")[0]}`;
  return lang === "id"
    ? `Tambahkan entri itu ke ${where} terlebih dahulu, atau perbaiki ejaannya.`
    : `Add that entry to ${where} first, or correct the spelling.`;
}

const kindNames = {
  id: { nik: "NIK", phone: "nomor telepon", email: "alamat e-mel pribadi" },
  en: { nik: "NIK", phone: "phone number", email: "personal e-mail address" },
} as const;
const kinds = (value: unknown, lang: "id" | "en"): string =>
  String(value)
    .split(", ")
    .map((kind) => kindNames[lang][kind as keyof (typeof kindNames)["en"]] ?? kind)
    .join(", ");

/** Says how many more invisible characters a value holds, after the first. */
const more = (p: Record<string, string | number>, lang: "id" | "en"): string => {
  const others = Number(p.count) - 1;
  if (others < 1) return "";
  return lang === "id" ? ` (dan ${others} lagi)` : ` (and ${others} more)`;
};

const messages: Readonly<Record<string, RuleMessages>> = {
  "duplicate-key": {
    frictionless: "primary-key",
    message: {
      id: (i, p) => `${col(i)}${val(i)} sudah dipakai di baris ${p.first}: id harus unik.`,
      en: (i, p) => `${col(i)}${val(i)} is already used in row ${p.first}: ids must be unique.`,
    },
    fix: {
      id: () => "Beri setiap rekaman id sendiri; jangan pernah memakai ulang id lama.",
      en: () => "Give each record its own id; never reuse an old id.",
    },
  },
  "duplicate-value": {
    frictionless: "unique-error",
    message: {
      id: (i, p) => `${col(i)}${val(i)} sudah dipakai di baris ${p.first}; isian ini harus unik.`,
      en: (i, p) => `${col(i)}${val(i)} is already used in row ${p.first}; this field must be unique.`,
    },
    fix: { id: () => "Perbaiki salah satu nilai.", en: () => "Correct one of the values." },
  },
  "foreign-key": {
    frictionless: "foreign-key",
    message: {
      id: (i, p) => `${col(i)}${val(i)} tidak cocok dengan entri mana pun di ${p.target}.${meant(p, "id")}`,
      en: (i, p) => `${col(i)}${val(i)} does not match any entry of ${p.target}.${meant(p, "en")}`,
    },
    fix: { id: (_i, p) => fkFix(p.target, "id"), en: (_i, p) => fkFix(p.target, "en") },
  },
  "date-order": {
    frictionless: "row-constraint",
    message: {
      id: (i, p) => `${col(i)}${val(i)} lebih awal daripada ${p.startField} "${p.start}".`,
      en: (i, p) => `${col(i)}${val(i)} is before ${p.startField} "${p.start}".`,
    },
    fix: {
      id: () => "Periksa kedua tanggal di sumbernya; tukar jika tertukar.",
      en: () => "Check both dates in the source; swap them if they were entered the wrong way round.",
    },
  },
  "female-exceeds-total": {
    frictionless: "row-constraint",
    message: {
      id: (i, p) => `Jumlah peserta perempuan${val(i)} melebihi total (${p.total}).`,
      en: (i, p) => `Female participants${val(i)} exceed the total (${p.total}).`,
    },
    fix: { id: () => "Periksa kedua angka di sumbernya.", en: () => "Check both figures in the source." },
  },
  "participants-parts-sum": {
    frictionless: "row-constraint",
    message: {
      id: (i, p) => `${col(i)}${val(i)} berjumlah ${p.sum}, tidak sama dengan participants_total ${p.total}.`,
      en: (i, p) => `${col(i)}${val(i)} adds up to ${p.sum}, not to participants_total ${p.total}.`,
    },
    fix: {
      id: () =>
        "Periksa setiap angka dan jumlahnya di sumber; participants_total adalah jumlah bagian-bagiannya.",
      en: () => "Check each number and their sum in the source; participants_total is the sum of the parts.",
    },
  },
  "modality-partner": {
    frictionless: "row-constraint",
    message: {
      id: (i, p) =>
        p.partners
          ? `${col(i)}${val(i)} tidak cocok dengan partner_orgs (${p.partners}): kegiatan dengan mitra pembangunan adalah triangular.`
          : `${col(i)}${val(i)} memerlukan mitra pembangunan di partner_orgs, yang kosong.`,
      en: (i, p) =>
        p.partners
          ? `${col(i)}${val(i)} does not fit partner_orgs (${p.partners}): an activity with a development partner is triangular.`
          : `${col(i)}${val(i)} needs a development partner in partner_orgs, which is empty.`,
    },
    fix: {
      id: () =>
        "Modalitas diturunkan dari partner_orgs: tulis triangular bila sumber menyebut mitra pembangunan yang ikut menyelenggarakan atau mendanai (dan cantumkan di partner_orgs), south-south bila tidak.",
      en: () =>
        "Modality is derived from partner_orgs: write triangular when the source names a development partner that co-runs or funds the activity (and list it in partner_orgs), south-south when none.",
    },
  },
  "conflict-not-named-back": {
    frictionless: "row-constraint",
    message: {
      id: (i, p) =>
        `${p.id} (baris ${p.row}) menyebut ${p.other} di conflicts_with, tetapi ${col(i)}${val(i)} milik ${p.other} tidak menyebut ${p.id}.`,
      en: (i, p) =>
        `${p.id} (row ${p.row}) lists ${p.other} in conflicts_with, but ${p.other}'s ${col(i)}${val(i)} does not list ${p.id}.`,
    },
    fix: {
      id: (_i, p) =>
        `Tambahkan ${p.id} ke conflicts_with milik ${p.other}, agar kedua klaim saling menyebut.`,
      en: (_i, p) => `Add ${p.id} to ${p.other}'s conflicts_with, so that both claims name each other.`,
    },
  },
  "date-implausible": {
    frictionless: "constraint-error",
    message: {
      id: (i, p) => `${col(i)}${val(i)} tampak tidak masuk akal (di luar ${p.earliest}–${p.latest}).`,
      en: (i, p) => `${col(i)}${val(i)} looks implausible (outside ${p.earliest}–${p.latest}).`,
    },
    fix: {
      id: () => "Periksa tahunnya di sumber (salah ketik seperti 2103 untuk 2013?).",
      en: () => "Check the year in the source (a typo such as 2103 for 2013?).",
    },
  },
  "milestone-outside-plan": {
    frictionless: "row-constraint",
    message: {
      id: (i, p) =>
        `Tenggat tonggak capaian${val(i)} (${i.pointer}) di luar periode rencana aksi ${p.plan} (${p.start} – ${p.end}).`,
      en: (i, p) =>
        `Milestone due date${val(i)} (${i.pointer}) is outside action plan ${p.plan} (${p.start} – ${p.end}).`,
    },
    fix: {
      id: () => "Periksa tenggat di dokumen rencana aksi, atau periksa action_plan komitmen ini.",
      en: () => "Check the due date in the action plan document, or this commitment's action_plan.",
    },
  },
  "regency-outside-province": {
    frictionless: "row-constraint",
    message: {
      id: (i, p) =>
        `Kabupaten/kota ${col(i)}${val(i)} berada di provinsi ${p.province}, yang tidak tercantum di provinces (${p.provinces}).`,
      en: (i, p) =>
        `Regency ${col(i)}${val(i)} lies in province ${p.province}, which is not listed in provinces (${p.provinces}).`,
    },
    fix: {
      id: (_i, p) => `Tambahkan ${p.province} ke provinces, atau perbaiki kode kabupaten/kotanya.`,
      en: (_i, p) => `Add ${p.province} to provinces, or correct the regency code.`,
    },
  },
  "duplicate-row": {
    frictionless: "duplicate-row",
    message: {
      id: (i, p) =>
        `Baris ini${i.value === undefined ? "" : ` (id "${i.value}")`} sama persis dengan baris ${p.first} (selain id-nya).`,
      en: (i, p) =>
        `This row${i.value === undefined ? "" : ` (id "${i.value}")`} is identical to row ${p.first} (apart from its id).`,
    },
    fix: {
      id: () =>
        "Hapus salah satunya jika dimasukkan dua kali; jika memang dua kegiatan, bedakan isinya (mis. tanggal).",
      en: () =>
        "Delete one if it was entered twice; if they are two records, tell them apart (e.g. by date).",
    },
  },
  "personal-data": {
    frictionless: "constraint-error",
    message: {
      id: (i, p) =>
        `${col(i)} tampaknya berisi data pribadi (${kinds(p.kinds, "id")}):${val(i)}. Nilai disamarkan di laporan ini.`,
      en: (i, p) =>
        `${col(i)} seems to contain personal data (${kinds(p.kinds, "en")}):${val(i)}. The value is masked in this report.`,
    },
    fix: {
      id: () =>
        'Hapus NIK, nomor telepon, dan e-mel pribadi dari dataset publik (gunakan kontak lembaga). Jika isian ini memang boleh memuatnya, tandai di skema dengan "x-personalData": true.',
      en: () =>
        'Remove NIKs, phone numbers and personal e-mail addresses from public datasets (use an institutional contact). If this field may hold them, mark it in the schema with "x-personalData": true.',
    },
  },
  "formula-injection": {
    frictionless: "constraint-error",
    message: {
      id: (i, p) =>
        `${col(i)}${val(i)} diawali "${p.first}", sehingga spreadsheet akan menjalankannya sebagai rumus.`,
      en: (i, p) =>
        `${col(i)}${val(i)} starts with "${p.first}", so a spreadsheet would run it as a formula.`,
    },
    fix: {
      id: () => "Ubah awal teksnya (mis. hapus tanda itu atau awali dengan kata).",
      en: () => "Change how the text starts (e.g. drop the sign or start with a word).",
    },
  },
  "invisible-in-code": {
    frictionless: "constraint-error",
    message: {
      id: (i, p) =>
        `${col(i)}${val(i)} berisi karakter tak terlihat: ${p.character} di kolom ${p.position} nilainya${more(p, "id")}.`,
      en: (i, p) =>
        `${col(i)}${val(i)} holds an invisible character: ${p.character} at column ${p.position} of the value${more(p, "en")}.`,
    },
    fix: {
      id: () =>
        "Ketik ulang id atau kode itu: hanya karakter yang terlihat yang boleh (karakter seperti ini biasanya terbawa saat menyalin dari PDF atau aplikasi lain).",
      en: () =>
        "Retype the id or code: only visible characters are allowed (such characters usually come along when copying from a PDF or another program).",
    },
  },
  "invisible-in-text": {
    frictionless: "constraint-error",
    message: {
      id: (i, p) =>
        `${col(i)}${val(i)} berisi karakter tak terlihat: ${p.character} di kolom ${p.position} nilainya${more(p, "id")}; karakter ini ikut diterbitkan.`,
      en: (i, p) =>
        `${col(i)}${val(i)} holds an invisible character: ${p.character} at column ${p.position} of the value${more(p, "en")}; it is published as it is.`,
    },
    fix: {
      id: () =>
        "Hapus karakter itu: ketik ulang teksnya atau tempel sebagai teks biasa (mis. Ctrl+Shift+V). Karakter arah teks (U+202E dan sejenisnya) dapat membalik tampilan teks di sekitarnya.",
      en: () =>
        "Delete the character: retype the text or paste it as plain text (e.g. Ctrl+Shift+V). Direction controls (U+202E and the like) can reverse how the text around them is shown.",
    },
  },
  mojibake: {
    frictionless: "constraint-error",
    message: {
      id: (i, p) =>
        `${col(i)}${val(i)} tampak rusak karena salah enkode ("${p.sign}"): teks UTF-8 terbaca sebagai Windows-1252, atau sebuah karakter hilang (U+FFFD).`,
      en: (i, p) =>
        `${col(i)}${val(i)} looks damaged by a wrong encoding ("${p.sign}"): UTF-8 text read as Windows-1252, or a character lost (U+FFFD).`,
    },
    fix: {
      id: () =>
        'Salin ulang teksnya dari sumber aslinya dan simpan berkas sebagai UTF-8 (Excel: File › Save As › "CSV UTF-8 (Comma delimited)"); é yang salah terbaca menjadi Ã©, ’ menjadi â€™.',
      en: () =>
        'Copy the text again from the original source and save the file as UTF-8 (Excel: File › Save As › "CSV UTF-8 (Comma delimited)"); é read wrongly shows as Ã©, ’ as â€™.',
    },
  },
};

/** The data rules' codes: severity and check description from the rule, messages from here. */
export const ruleCodes: Readonly<Record<string, CodeDefinition>> = Object.fromEntries(
  rules.map((rule) => {
    const text = messages[rule.code];
    if (!text) throw new Error(`No message for rule ${rule.code}`);
    return [rule.code, { severity: rule.severity, check: rule.description, ...text }];
  }),
);
