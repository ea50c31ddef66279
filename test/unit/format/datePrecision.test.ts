// datePrecision reads a partial date in place (no pattern, no Date object): it must give exactly the
// verdict of the reading it replaced, a pattern for the shape and Date.UTC for the calendar.
import { describe, expect, it } from "vitest";
import { datePrecision, dateRange } from "../../../src/lib/partialDate.ts";

/** The former reading, kept here as the reference. */
function reference(value: string): "year" | "month" | "day" | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match;
  if (m === undefined) return "year";
  const month = Number(m);
  if (month < 1 || month > 12) return undefined;
  if (d === undefined) return "month";
  const day = Number(d);
  return day >= 1 && day <= new Date(Date.UTC(Number(y), month, 0)).getUTCDate() ? "day" : undefined;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

describe("datePrecision", () => {
  it("agrees with the pattern and Date.UTC on every month and day of years around each leap rule", () => {
    const years = [
      0, 1, 4, 50, 96, 99, 100, 104, 400, 1600, 1700, 1896, 1900, 1945, 2000, 2023, 2024, 2100, 9996, 9999,
    ];
    let days = 0;
    for (const year of years) {
      const y = pad(year, 4);
      expect(datePrecision(y)).toBe(reference(y));
      for (let month = 0; month <= 13; month += 1) {
        const ym = `${y}-${pad(month, 2)}`;
        expect(datePrecision(ym), ym).toBe(reference(ym));
        for (let day = 0; day <= 32; day += 1) {
          const ymd = `${ym}-${pad(day, 2)}`;
          expect(datePrecision(ymd), ymd).toBe(reference(ymd));
          if (datePrecision(ymd) === "day") days += 1;
        }
      }
    }
    // Every real day of those years, and no other (0000 to 0099 are read as 1900 to 1999 by Date.UTC).
    expect(days).toBe(years.reduce((sum, year) => sum + (reference(`${pad(year, 4)}-02-29`) ? 366 : 365), 0));
    expect(datePrecision("0000-02-29")).toBeUndefined();
    expect(datePrecision("2024-02-29")).toBe("day");
    expect(datePrecision("1900-02-29")).toBeUndefined();
    expect(datePrecision("2000-02-29")).toBe("day");
  });

  it("refuses every shape the pattern refuses", () => {
    const shapes = [
      "",
      "202",
      "20245",
      "2024-",
      "2024-1",
      "2024-011",
      "2024-01-",
      "2024-01-1",
      "2024-01-011",
      "2024/01/01",
      "2024-01/01",
      "2024_01",
      "２０２４",
      "2024-0a",
      "2024-01-3x",
      "x024",
      " 2024",
      "2024 ",
      "2024-01-01\n",
      "-024",
      "+024",
      "2024-\u0661\u0662",
      "2024-01-01T00:00",
      "20-4-01-01",
      "2024--1",
    ];
    for (const shape of shapes) expect(datePrecision(shape), JSON.stringify(shape)).toBe(reference(shape));
    expect(shapes.every((shape) => datePrecision(shape) === undefined)).toBe(true);
  });

  it("still gives each month its last day in dateRange", () => {
    expect(dateRange("2024-02")).toEqual({ first: "2024-02-01", last: "2024-02-29" });
    expect(dateRange("2023-02")).toEqual({ first: "2023-02-01", last: "2023-02-28" });
    expect(dateRange("2023-04")).toEqual({ first: "2023-04-01", last: "2023-04-30" });
    expect(dateRange("2023-12")).toEqual({ first: "2023-12-01", last: "2023-12-31" });
  });
});
