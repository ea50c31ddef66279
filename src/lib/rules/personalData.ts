import { screenBits } from "../csv/rowScreen.ts";
import type { Issue } from "../issue.ts";
import { mayHoldPersonalData } from "../text/personalDataCue.ts";
import { itemPointer } from "./eachValue.ts";
import { fieldIssue, type Rule } from "./rule.ts";
import { textRule } from "./textRule.ts";

/** A kind of personal data recognised in text, with how it is found. */
interface Detector {
  kind: "nik" | "phone" | "email";
  /** A cheap test that must pass before the pattern is tried (most text has no digits runs and no @). */
  gate: (text: string) => boolean;
  pattern: RegExp;
}

const digitRun = /\d{8}/;
const hasPhonePrefix = (text: string) => text.includes("62") || text.includes("08");

// Consumer mail services: an address there belongs to a person, not to an institution.
const webmail =
  "gmail|googlemail|yahoo|ymail|rocketmail|hotmail|outlook|live|msn|icloud|me|aol|proton|protonmail|gmx|mail|zoho|yandex";

// A number ends where no digit follows, nor a period followed by a digit (a decimal or a longer number):
// a full stop ending the sentence (`hubungi 0812-3456-7890.`) still ends it.
const numberEnd = "(?!\\d|\\.\\d)";

const detectors: readonly Detector[] = [
  // NIK (Nomor Induk Kependudukan): 16 digits starting with a province code (11–96).
  {
    kind: "nik",
    gate: (text) => digitRun.test(text),
    pattern: new RegExp(`(?<![\\d.])(?:1[1-9]|[2-8]\\d|9[0-6])\\d{14}${numberEnd}`, "g"),
  },
  // Indonesian phone numbers: +62 / 62 / 0 followed by a mobile (8xx) or area code.
  {
    kind: "phone",
    gate: hasPhonePrefix,
    pattern: new RegExp(
      `(?<![\\w+.])(?:\\+62|\\(\\+62\\)|62(?=8))[\\s.-]?\\(?\\d{1,4}\\)?(?:[\\s.-]?\\d{2,5}){2,3}${numberEnd}`,
      "g",
    ),
  },
  {
    kind: "phone",
    gate: hasPhonePrefix,
    pattern: new RegExp(`(?<![\\w.+])08\\d{1,2}(?:[\\s.-]?\\d{3,5}){2}${numberEnd}`, "g"),
  },
  {
    kind: "email",
    gate: (text) => text.includes("@"),
    pattern: new RegExp(`[\\w.+-]+@(?:${webmail})\\.[a-z]{2,}(?:\\.[a-z]{2,})?\\b`, "gi"),
  },
];

/** Finds personal data in a text and returns its kinds with the text masked, or `undefined` when there is none. */
export function findPersonalData(text: string): { kinds: string[]; masked: string } | undefined {
  if (!mayHoldPersonalData(text)) return undefined;
  const kinds: string[] = [];
  let masked = text;
  for (const { kind, gate, pattern } of detectors) {
    if (!gate(masked)) continue;
    pattern.lastIndex = 0;
    if (!pattern.test(masked)) continue;
    if (!kinds.includes(kind)) kinds.push(kind);
    masked = masked.replace(pattern, mask);
  }
  return kinds.length === 0 ? undefined : { kinds, masked };
}

/** Keeps the first and last two characters, so the publisher can find the value without the report repeating it. */
function mask(found: string): string {
  if (found.length <= 6) return "*".repeat(found.length);
  return `${found.slice(0, 2)}${found.slice(2, -2).replace(/[^\s@.-]/g, "*")}${found.slice(-2)}`;
}

/**
 * Public datasets hold no personal data: no NIK, no Indonesian phone number, no personal e-mail
 * address, unless the schema allows it on that field (`"x-personalData": true`). Only free text is
 * searched: codes from a list, dates and web addresses (whose long numbers are page ids) are not.
 */
export const personalData: Rule = textRule({
  code: "personal-data",
  severity: "error",
  description: {
    id: "Tidak ada data pribadi (NIK 16 digit, nomor telepon +62/08xx, alamat e-mel pribadi) di dataset publik, kecuali isian yang diizinkan skema (x-personalData).",
    en: "No personal data (16-digit NIK, +62/08xx phone numbers, personal e-mail addresses) in public datasets, except in fields the schema allows (x-personalData).",
  },
  screen: screenBits.personal,
  check(context, emit, value, pointer, item, column, facts) {
    // Only free text comes here: codes, dates and addresses cannot hold personal data, and long numbers
    // in links are page ids.
    if (facts.personalData || value.length < 8) return;
    const found = findPersonalData(value);
    if (!found) return;
    const params: Issue["params"] = { kinds: found.kinds.join(", ") };
    emit(
      fieldIssue(context, {
        code: "personal-data",
        severity: "error",
        column,
        pointer: itemPointer(pointer, item),
        value: found.masked,
        rule: "no personal data (x-personalData)",
        params,
      }),
    );
  },
});
