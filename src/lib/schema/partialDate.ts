/** The precision of a partial date: year, month or day. */
export type DatePrecision = "year" | "month" | "day";

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Tells the precision of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string, or `undefined` if it is not a real date. */
export function datePrecision(value: string): DatePrecision | undefined {
  const match = pattern.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match;
  if (m === undefined) return "year";
  const month = Number(m);
  if (month < 1 || month > 12) return undefined;
  if (d === undefined) return "month";
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth ? "day" : undefined;
}

/** Returns the first and last day an imprecise date can mean, as `YYYY-MM-DD` strings. */
export function dateRange(value: string): { first: string; last: string } | undefined {
  const precision = datePrecision(value);
  if (!precision) return undefined;
  if (precision === "day") return { first: value, last: value };
  if (precision === "month") {
    const [y, m] = value.split("-").map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { first: `${value}-01`, last: `${value}-${String(last).padStart(2, "0")}` };
  }
  return { first: `${value}-01-01`, last: `${value}-12-31` };
}
