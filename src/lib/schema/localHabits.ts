import { isExactNumber } from "../json/exactNumber.ts";
import { datePrecision } from "../partialDate.ts";

/** A value written the way Indonesian spreadsheets and documents often write it, with the machine form. */
export interface LocalHabit {
  /** Issue code: `inexact-number`, `number-format-id`, `number-currency`, `date-format-id` or `boolean-ya-tidak`. */
  code: string;
  /** The value as it should be written, when it can be read unambiguously. */
  suggestion?: string;
  /** What a number that cannot be stored exactly would be read as (`inexact-number`). */
  readAs?: string;
}

/** What the schema expected of the cell. */
export type ExpectedKind = "number" | "integer" | "boolean" | "date";

const units: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(ribu|rb)$/i, 1e3],
  [/^(juta|jt)$/i, 1e6],
  [/^(miliar|milyar|m)$/i, 1e9],
  [/^(triliun|t)$/i, 1e12],
  [/^(thousand|k)$/i, 1e3],
  [/^(million|mn)$/i, 1e6],
  [/^(billion|bn)$/i, 1e9],
];
const currency = /^(?:rp\.?|idr|usd|us\$|\$|eur|€|sgd|jpy|¥)\s*/i;
const idThousands = /^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const enThousands = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const decimalComma = /^-?\d+,\d+$/;
const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const monthYear = /^(\d{1,2})[/.-](\d{4})$/;
const months: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  feb: 2,
  pebruari: 2,
  february: 2,
  maret: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  aug: 8,
  august: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  october: 10,
  november: 11,
  nov: 11,
  nop: 11,
  desember: 12,
  des: 12,
  dec: 12,
  december: 12,
};
const namedDate = /^(?:(\d{1,2})\s+)?([a-z]+)\.?\s+(\d{4})$/i;
const yes = /^(ya|y|yes|benar|betul|iya)$/i;
const no = /^(tidak|tdk|no|salah|bukan)$/i;

/**
 * Recognises an Indonesian habit in a cell the schema could not read (`1.000.000,50`,
 * `Rp 1,5 miliar`, `31/12/2023`, `31 Desember 2023`, `Ya`/`Tidak`) and returns a specific issue code
 * with the value in machine form, or `undefined` when the text is simply wrong.
 */
export function localHabit(text: string, expected: ExpectedKind): LocalHabit | undefined {
  const value = text.trim();
  if (expected === "number" || expected === "integer") return numberHabit(value);
  if (expected === "boolean") {
    if (yes.test(value)) return { code: "boolean-ya-tidak", suggestion: "true" };
    if (no.test(value)) return { code: "boolean-ya-tidak", suggestion: "false" };
    return undefined;
  }
  return dateHabit(value);
}

const machineNumber = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

function numberHabit(value: string): LocalHabit | undefined {
  if (machineNumber.test(value) && !isExactNumber(value))
    return { code: "inexact-number", readAs: String(Number(value)) };
  const withoutCurrency = value.replace(currency, "");
  const parts = withoutCurrency.split(/\s+/);
  const unit = parts.length === 2 ? units.find(([pattern]) => pattern.test(parts[1] ?? ""))?.[1] : undefined;
  const hasCurrency = withoutCurrency !== value;
  if (hasCurrency || unit !== undefined) {
    const amount = plainNumber(parts[0] ?? "");
    if (amount === undefined || (parts.length === 2 && unit === undefined) || parts.length > 2)
      return { code: "number-currency" };
    return { code: "number-currency", suggestion: machine(amount * (unit ?? 1)) };
  }
  if (idThousands.test(value) || decimalComma.test(value)) {
    const amount = plainNumber(value);
    return amount === undefined
      ? { code: "number-format-id" }
      : { code: "number-format-id", suggestion: machine(amount) };
  }
  if (enThousands.test(value)) return { code: "number-format-id", suggestion: value.replaceAll(",", "") };
  return undefined;
}

/** Reads `1.000.000,50`, `1,5` or `1500` the Indonesian way. */
function plainNumber(text: string): number | undefined {
  if (/^-?\d+(?:\.\d+)?$/.test(text) && !idThousands.test(text)) return Number(text);
  if (idThousands.test(text) || decimalComma.test(text))
    return Number(text.replaceAll(".", "").replace(",", "."));
  return undefined;
}

function machine(amount: number): string {
  return Number.isInteger(amount) ? amount.toFixed(0) : String(Number(amount.toPrecision(15)));
}

function dateHabit(value: string): LocalHabit | undefined {
  const pad = (n: number) => String(n).padStart(2, "0");
  const full = dayFirst.exec(value);
  if (full) {
    let [day, month] = [Number(full[1]), Number(full[2])];
    // Day first is the Indonesian order; a month above 12 can only be an American month-first date.
    if (month > 12 && day <= 12) [day, month] = [month, day];
    const iso = `${full[3]}-${pad(month)}-${pad(day)}`;
    return { code: "date-format-id", ...(datePrecision(iso) ? { suggestion: iso } : {}) };
  }
  const short = monthYear.exec(value);
  if (short) {
    const iso = `${short[2]}-${pad(Number(short[1]))}`;
    return { code: "date-format-id", ...(datePrecision(iso) ? { suggestion: iso } : {}) };
  }
  const named = namedDate.exec(value);
  const month = named ? months[(named[2] ?? "").toLowerCase()] : undefined;
  if (named && month !== undefined) {
    const iso =
      named[1] === undefined
        ? `${named[3]}-${pad(month)}`
        : `${named[3]}-${pad(month)}-${pad(Number(named[1]))}`;
    return { code: "date-format-id", ...(datePrecision(iso) ? { suggestion: iso } : {}) };
  }
  return undefined;
}
