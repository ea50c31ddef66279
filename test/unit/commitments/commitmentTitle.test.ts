import { describe, expect, it } from "vitest";
import { commitmentTitle, milestoneTitle } from "../../../src/lib/commitments/commitmentTitle.ts";
import type { Commitment, Lang } from "../../../src/lib/model.ts";
import { readFixtureJson } from "../../helpers/siteFixture.ts";
import { commitment, milestone } from "./fixtures.ts";

const official = commitment("ID0098", "2018-2020", {
  title: { en: "Election Data Openness" },
  title_source: "ogp-page",
  title_translated: { id: "Keterbukaan Data Pemilu" },
});
const withIndonesian = commitment("ID0123", "2020-2022", {
  title: { en: "Open and participatory legislation", id: "Legislasi terbuka", id_source_id: "s" },
});
const untranslated = commitment("ID0092", "2018-2020", { title: { en: "Data Management" } });
const placeholder = commitment("ID0129", "2020-2022", {
  title: { en: "[Open parliament commitment 19: title not found]" },
  title_source: "descriptive",
  title_translated: { id: "[Komitmen parlemen terbuka nomor 19: judul tidak ditemukan]" },
});
const placeholderEnglishOnly = commitment("ID0107", "2018-2020", {
  title: { en: "[Commitment 2: title not found]" },
  title_source: "descriptive",
});

describe("commitmentTitle", () => {
  it.each([
    [
      "an English title on English pages",
      official,
      "en",
      { text: "Election Data Openness", descriptive: false },
    ],
    [
      "an English title quoted on Indonesian pages, with KSST Terbuka's translation beside it",
      official,
      "id",
      {
        text: "Election Data Openness",
        lang: "en",
        translation: "Keterbukaan Data Pemilu",
        descriptive: false,
      },
    ],
    [
      "an Indonesian title a source gives",
      withIndonesian,
      "id",
      { text: "Legislasi terbuka", descriptive: false },
    ],
    [
      "an English title with no translation, marked as English",
      untranslated,
      "id",
      { text: "Data Management", lang: "en", descriptive: false },
    ],
    [
      "a descriptive title in the page's language (it quotes nothing)",
      placeholder,
      "id",
      { text: "[Komitmen parlemen terbuka nomor 19: judul tidak ditemukan]", descriptive: true },
    ],
    [
      "a descriptive title on English pages",
      placeholder,
      "en",
      { text: "[Open parliament commitment 19: title not found]", descriptive: true },
    ],
    [
      "a descriptive title without a translation, marked as English",
      placeholderEnglishOnly,
      "id",
      { text: "[Commitment 2: title not found]", lang: "en", descriptive: true },
    ],
  ] as const)("shows %s", (_, record, lang, expected) => {
    expect(commitmentTitle(record, lang as Lang)).toEqual(expected);
  });

  it("gives every fixture commitment on Indonesian pages a title in Indonesian or a translation, or marks it English", () => {
    for (const c of readFixtureJson<Commitment[]>("commitments.json")) {
      const title = commitmentTitle(c, "id");
      if (title.lang === undefined) expect(title.text === c.title.id || title.descriptive).toBe(true);
      else {
        expect(title).toMatchObject({ text: c.title.en, lang: "en" });
        expect(title.translation).toBe(c.title_translated?.id);
      }
    }
  });
});

describe("milestoneTitle", () => {
  it.each([
    ["id", milestone("m1", { title: { en: "Baseline survey" }, title_translated: { id: "Survei dasar" } })],
    ["en", milestone("m1", { title: { id: "Survei dasar" }, title_translated: { en: "Baseline survey" } })],
  ] as const)(
    "quotes a milestone in the source's language on %s pages, with the translation beside it",
    (lang, m) => {
      const other = lang === "id" ? "en" : "id";
      expect(milestoneTitle(m, lang)).toEqual({
        text: m.title[other],
        lang: other,
        translation: m.title_translated?.[lang],
        descriptive: false,
      });
    },
  );

  it("falls back to the milestone's id when it has no title at all", () => {
    expect(milestoneTitle(milestone("m9", { title: {} }), "id")).toEqual({ text: "m9", descriptive: false });
  });
});
