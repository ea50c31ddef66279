import { describe, expect, it } from "vitest";
import { findPersonalData } from "../../../src/lib/rules/personalData.ts";
import { localHabit } from "../../../src/lib/schema/localHabits.ts";
import { suggest } from "../../../src/lib/schema/suggest.ts";

describe("Indonesian habits", () => {
  it.each([
    ["1.000.000,50", "number", "number-format-id", "1000000.5"],
    ["1.500", "integer", "number-format-id", "1500"],
    ["2,5", "number", "number-format-id", "2.5"],
    ["1,500,000", "number", "number-format-id", "1500000"],
    ["Rp 1,5 miliar", "number", "number-currency", "1500000000"],
    ["Rp. 250.000", "integer", "number-currency", "250000"],
    ["3 juta", "integer", "number-currency", "3000000"],
    ["USD 2.5 million", "number", "number-currency", "2500000"],
    ["31/12/2023", "date", "date-format-id", "2023-12-31"],
    ["1-2-2020", "date", "date-format-id", "2020-02-01"],
    ["12/31/2023", "date", "date-format-id", "2023-12-31"],
    ["03/2019", "date", "date-format-id", "2019-03"],
    ["31 Desember 2023", "date", "date-format-id", "2023-12-31"],
    ["Agustus 2017", "date", "date-format-id", "2017-08"],
    ["Ya", "boolean", "boolean-ya-tidak", "true"],
    ["tidak", "boolean", "boolean-ya-tidak", "false"],
  ] as const)("reads %s (%s) as %s → %s", (text, kind, code, suggestion) => {
    expect(localHabit(text, kind)).toEqual({ code, suggestion });
  });

  it.each([
    ["abc", "number"],
    ["12.5", "integer"],
    ["maybe", "boolean"],
    ["next year", "date"],
  ] as const)("leaves %s (%s) to the plain type error", (text, kind) => {
    expect(localHabit(text, kind)).toBeUndefined();
  });

  it("recognises a habit without inventing an impossible date", () => {
    expect(localHabit("31/02/2023", "date")).toEqual({ code: "date-format-id" });
  });
});

describe("did you mean", () => {
  it.each([
    ["trainng", ["training", "workshop"], "training"],
    ["Workshop ", ["training", "workshop"], "workshop"],
    ["south south", ["south-south", "triangular"], "south-south"],
    ["TZA", ["TZ", "ZA", "TH"], "TZ"],
    ["banana", ["training", "workshop"], undefined],
    ["99", ["19", "91"], undefined],
  ])("suggests for %s", (value, allowed, expected) => {
    expect(suggest(value, allowed)).toBe(expected);
  });
});

describe("personal data", () => {
  it.each([
    ["NIK 3201234567890001", "nik"],
    ["hubungi 0812-3456-7890", "phone"],
    ["tel. +62 21 3456 7890", "phone"],
    ["WA 081234567890", "phone"],
    ["kontak: budi.santoso@gmail.com", "email"],
    ["ani@yahoo.co.id", "email"],
    // A full stop ending the sentence does not hide the number before it.
    ["hubungi 0812-3456-7890.", "phone"],
    ["Hubungi Budi di 081234567890. Terima kasih", "phone"],
    ["tel. +62 21 3456 7890.", "phone"],
    ["NIK 3201234567890001.", "nik"],
  ])("finds %s", (text, kind) => {
    const found = findPersonalData(text);
    expect(found?.kinds).toContain(kind);
    expect(found?.masked).not.toBe(text);
  });

  it.each([
    "Pelatihan untuk 1250 peserta pada 2019",
    "Anggaran USD 1,500,000 untuk 2020-2024",
    "humas@bappenas.go.id",
    "ISBN 978-602-1234-56-7",
    "1234567890123456789012",
    "62 peserta dari 12 negara",
    // A period followed by a digit continues the number: a decimal, not a NIK or a phone number.
    "rasio 3201234567890001.5",
    "kode 0812.3456.7890.1",
  ])("does not flag %s", (text) => {
    expect(findPersonalData(text)).toBeUndefined();
  });
});
