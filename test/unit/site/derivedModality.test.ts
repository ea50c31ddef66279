import { beforeAll, describe, expect, it } from "vitest";
import type { Lang } from "../../../src/lib/model.ts";
import { activityTableHead, activityView } from "../../../src/site/activityViews.ts";
import { chartById } from "../../../src/site/charts/chartRegistry.ts";
import { derivedMarker } from "../../../src/site/derivedMark.ts";
import { explorerView } from "../../../src/site/explorer/explorerView.ts";
import type { SiteData } from "../../../src/site/siteData.ts";
import { fixtureSiteData } from "../../helpers/fixtureSiteData.ts";

// The modality is KSST Terbuka's own classification (x-derived in schemas/activities.schema.json):
// wherever it is shown, readers see a marker and a note saying it is derived, in the page's language.

let data: SiteData;
beforeAll(async () => {
  data = await fixtureSiteData();
}, 60_000);

const how: Record<Lang, string> = {
  id: "Diturunkan oleh KSST Terbuka: triangular bila ada mitra pembangunan",
  en: "Derived by KSST Terbuka: triangular when a development partner is involved",
};
const label: Record<Lang, string> = { id: "Modalitas", en: "Modality" };

describe.each(["id", "en"] as const)("the derived modality in %s", (lang) => {
  const note = `${derivedMarker} ${label[lang]} — ${how[lang]}`;

  it("is marked in the activities table's header and explained under it", () => {
    const head = activityTableHead(data, lang);
    expect(head.modality).toBe(label[lang]);
    expect(head.modalityMarker).toBe(derivedMarker);
    expect(head.notes).toHaveLength(1);
    expect(head.notes[0]).toContain(note);
  });

  it("is marked in the activities explorer's column header and explained under its table; stated columns are not", () => {
    const view = explorerView(data, "activities", lang);
    const modality = view.display.find((d) => d.column === "modality");
    expect(modality?.marker).toBe(derivedMarker);
    expect(modality?.note).toContain(note);
    const others = view.display.filter((d) => d.column !== "modality");
    expect(others.length).toBeGreaterThan(0);
    expect(others.filter((d) => d.marker || d.note)).toEqual([]);
    // The script that renders the explorer's pages reads the same columns.
    expect(view.config.display.find((d) => d.column === "modality")?.marker).toBe(derivedMarker);
  });

  it("is marked among an activity's key facts and in its list of fields; a stated field is not", () => {
    const view = activityView(data, lang, "ksst-0001");
    const fact = view.facts.find((f) => f.label === label[lang]);
    expect(fact?.marker).toBe(derivedMarker);
    expect(fact?.note).toContain(note);
    const field = view.fields.find((f) => f.name === "modality");
    expect(field?.derived?.marker).toBe(derivedMarker);
    expect(field?.derived?.note).toContain(note);
    expect(view.fields.find((f) => f.name === "type")?.derived).toBeUndefined();
    expect(view.facts.filter((f) => f.marker)).toHaveLength(1);
  });

  it.each(["activities-per-year", "activities-by-type"])(
    "is marked in chart %s's subtitle and explained in its notes",
    (id) => {
      const chart = chartById(id);
      const content = chart?.build(data, lang);
      expect(content?.subtitleVars?.derived).toBe(derivedMarker);
      expect(content?.notes.filter((n) => n.startsWith(note))).toHaveLength(1);
    },
  );

  it("is explained under the chart of triangular cooperation's partners", () => {
    const content = chartById("triangular-partners")?.build(data, lang);
    expect(content?.notes.filter((n) => n.startsWith(note))).toHaveLength(1);
  });
});
