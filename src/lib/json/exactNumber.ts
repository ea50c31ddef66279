/** A decimal number reduced to sign, significant digits and exponent: `-1.50e3` → `-`, `15`, `2`. */
interface Decimal {
  negative: boolean;
  /** Significant digits without leading or trailing zeros; empty for zero. */
  digits: string;
  exponent: number;
}

const decimalText = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

function decimal(text: string): Decimal | undefined {
  const match = decimalText.exec(text);
  if (!match || (match[2] === "" && (match[3] ?? "") === "")) return undefined;
  const fraction = match[3] ?? "";
  let digits = `${match[2]}${fraction}`.replace(/^0+/, "");
  let exponent = Number(match[4] ?? 0) - fraction.length;
  const trimmed = digits.replace(/0+$/, "");
  exponent += digits.length - trimmed.length;
  digits = trimmed;
  return { negative: match[1] === "-", digits, exponent: digits === "" ? 0 : exponent };
}

/**
 * Tells whether a number written as text is kept exactly when read as a JavaScript number (an IEEE
 * double): the shortest text of the double has the same decimal value. `0.1`, `1.50` and `-0` are;
 * `9007199254740993` (read as …992), `99999999999999999999999` (1e+23), `1e-400` (0), `1e400`
 * (Infinity) and `3.14159265358979323846` (digits lost) are not.
 */
export function isExactNumber(text: string, value: number = Number(text)): boolean {
  if (!Number.isFinite(value)) return false;
  const trimmed = text.trim();
  // Fifteen significant digits always survive the round trip (DBL_DIG); most numbers are that short.
  if (trimmed.length <= 15 && !/[eE]/.test(trimmed)) return true;
  const written = decimal(trimmed);
  const read = decimal(String(value));
  if (!written || !read) return false;
  if (written.digits === "" || read.digits === "") return written.digits === read.digits;
  return (
    written.negative === read.negative && written.digits === read.digits && written.exponent === read.exponent
  );
}
