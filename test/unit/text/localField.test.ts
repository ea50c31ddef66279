import { describe, expect, it } from "vitest";
import { localField } from "../../../src/lib/localField.ts";

describe("localField", () => {
  const activity = { id: "ksst-0001", title_id: "Pelatihan", title_en: "Training", notes_en: "English only" };

  it.each([
    ["id", "Pelatihan"],
    ["en", "Training"],
  ] as const)("reads a bilingual CSV field in %s", (lang, expected) => {
    expect(localField(activity, "title", lang)).toBe(expected);
  });

  it("gives undefined, not the other language, when the language's column is empty", () => {
    const record: { notes_id?: string; notes_en?: string } = { notes_en: "English only" };
    expect(localField(record, "notes", "id")).toBeUndefined();
  });
});
