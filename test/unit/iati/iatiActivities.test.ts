import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { iatiActivities } from "../../../src/lib/iati/iatiActivities.ts";
import { type IatiContext, iatiActivity } from "../../../src/lib/iati/iatiActivity.ts";
import type { Activity, Finance, Organisation } from "../../../src/lib/model.ts";
import { folderIO } from "../../../src/node/folderIO.ts";
import { validateDataDir } from "../../../src/node/validateDataDir.ts";
import { iatiFile, iatiLeftOut } from "../../../src/site/iatiFile.ts";
import { type SiteData, siteData } from "../../../src/site/siteData.ts";
import { corporaRoot, corpusJson, hasCorpus } from "../corpora/corpora.ts";
import { hasXmllint, xmllintValidate } from "./xmllint.ts";

// The IATI export (docs/standards.md) checked with the field's own tool: xmllint (libxml2) against the
// official IATI 2.03 XSD in the shared corpus, whose own 538 test documents must get their upstream
// verdicts through the same check first. Codes are checked against the official codelists there.

const iatiDir = `${corporaRoot}iati/`;
const xsd = `${iatiDir}schemas/iati-activities-schema.xsd`;
const tmp = mkdtempSync(join(tmpdir(), "ksst-iati-"));

const orgs: Organisation[] = [
  {
    id: "kemlu",
    name_id: "Kementerian Luar Negeri",
    name_en: "Ministry of Foreign Affairs",
    type: "ministry",
    country: "ID",
    source_ids: ["s"],
  },
  {
    id: "jica",
    name_id: "JICA",
    name_en: "Japan International Cooperation Agency",
    type: "bilateral-agency",
    country: "JP",
    iati_ref: "JP-JICA-1",
    source_ids: ["s"],
  },
  {
    id: "ngo",
    name_id: "Yayasan Contoh",
    name_en: "Example Foundation",
    type: "civil-society",
    country: "ID",
    source_ids: ["s"],
  },
];

const triangular: Activity = {
  id: "ksst-9001",
  title_id: 'Pelatihan <air> & "irigasi"',
  title_en: 'Training on <water> & "irrigation"',
  description_id: "Pelatihan irigasi.",
  description_en: "Irrigation training.",
  modality: "triangular",
  type: "training",
  status: "completed",
  start_date: "2019-05",
  end_date: "2019",
  lead_org: "kemlu",
  implementing_orgs: ["ngo"],
  partner_orgs: ["jica"],
  participating_orgs: ["ngo"],
  venue_id: "Bandung, Jawa Barat",
  venue_en: "Bandung, West Java",
  recipient_countries: ["TZ", "NA"],
  recipient_basis: "participants",
  sectors: ["31140"],
  sdgs: [2, 17],
  source_ids: ["s"],
};

const financesOf: Finance[] = [
  {
    id: "fin-1",
    title_id: "Komitmen JICA",
    title_en: "JICA commitment",
    date: "2019-03-02",
    amount: 125000,
    amount_qualifier: "approximately",
    currency: "USD",
    amount_type: "committed",
    channel_org: "jica",
    activity_id: "ksst-9001",
    source_ids: ["s"],
  },
  {
    id: "fin-2",
    title_id: "Target",
    title_en: "Target",
    period_start: "2019",
    period_end: "2019",
    amount: 1000000000,
    currency: "IDR",
    amount_type: "target",
    activity_id: "ksst-9001",
    source_ids: ["s"],
  },
  // Dated only to the month: no transaction-date can be given without inventing a day.
  {
    id: "fin-3",
    title_id: "Pencairan",
    title_en: "Disbursement",
    date: "2019-06",
    amount: 5,
    currency: "USD",
    amount_type: "disbursed",
    activity_id: "ksst-9001",
    source_ids: ["s"],
  },
];

const context: IatiContext = {
  reportingOrg: { ref: "", type: "90", name: { id: "KSST Terbuka", en: "KSST Terbuka" } },
  organisations: new Map(orgs.map((o) => [o.id, o])),
  finances: new Map([["ksst-9001", financesOf]]),
  sectorName: (code, lang) =>
    code === "31140"
      ? lang === "id"
        ? "Sumber daya air pertanian"
        : "Agricultural water resources"
      : undefined,
  sdgName: (goal, lang) => `${lang} SDG ${goal}`,
  activityPage: (id, lang) => `https://data.example.org/${lang}/activities/${id}/`,
  text: {
    imprecise: (value, precision, lang) => `${value} (${precision} only, ${lang})`,
    activityPage: (lang) => `page ${lang}`,
    qualified: (qualifier, lang) => `(${qualifier}, ${lang})`,
    statedOn: (date, lang) => `stated ${date} ${lang}`,
  },
};

/** Writes the synthetic activities above, plus ones IATI cannot hold, as one IATI file. */
function syntheticXml(): string {
  const unknown: Activity = { ...triangular, id: "ksst-9002", status: "unknown" };
  const { start_date, end_date, lead_org, implementing_orgs, partner_orgs, ...rest } = triangular;
  const undated: Activity = { ...rest, id: "ksst-9003", lead_org: "kemlu" };
  const nobody: Activity = { ...rest, id: "ksst-9004", start_date: "2019" };
  const southSouth: Activity = {
    ...rest,
    id: "ksst-9005",
    lead_org: "kemlu",
    modality: "south-south",
    status: "planned",
    start_date: "2027-01-10",
    recipient_basis: "host",
    recipient_countries: ["TZ"],
  };
  return [
    ...iatiActivities(
      [triangular, unknown, undated, nobody, southSouth].map((a) => iatiActivity(a, context)),
      { generated: "2026-12-01T00:00:00Z", about: "Test -- file" },
    ),
  ].join("");
}

/** Parses XML text into a document. */
function parse(xml: string) {
  return new DOMParser().parseFromString(xml, "text/xml");
}

/** Returns the activity element with an iati-identifier. */
function activityOf(doc: ReturnType<typeof parse>, id: string) {
  const found = [...doc.querySelectorAll("iati-activity")].find(
    (a) => a.querySelector("iati-identifier")?.textContent === id,
  );
  if (!found) throw new Error(`no activity ${id}`);
  return found;
}

describe("IATI mapping of an activity", () => {
  const doc = parse(syntheticXml());
  const activity = activityOf(doc, "ksst-9001");

  it("is a 2.03 file from a secondary reporter without an invented identifier", () => {
    expect(doc.querySelector("iati-activities")?.getAttribute("version")).toBe("2.03");
    const reporting = activity.querySelector("reporting-org");
    expect(reporting?.getAttribute("secondary-reporter")).toBe("1");
    expect(reporting?.getAttribute("ref")).toBe("");
    expect(activity.querySelector("other-identifier")?.getAttribute("ref")).toBe("ksst-9001");
  });

  it("writes titles and descriptions in both languages, escaped", () => {
    const title = [...activity.querySelectorAll("iati-activity > title > narrative")].map((n) => [
      n.getAttribute("xml:lang"),
      n.textContent,
    ]);
    expect(title).toEqual([
      ["id", 'Pelatihan <air> & "irigasi"'],
      ["en", 'Training on <water> & "irrigation"'],
    ]);
    expect(activity.querySelector("description")?.getAttribute("type")).toBe("1");
  });

  it("gives each organisation its role, its IATI type where ours means the same, and its ref only when known", () => {
    const participating = [...activity.querySelectorAll("participating-org")].map((p) => [
      p.getAttribute("role"),
      p.getAttribute("type"),
      p.getAttribute("ref"),
      p.querySelector('narrative[xml\\:lang="en"]')?.textContent ??
        p.querySelectorAll("narrative")[1]?.textContent,
    ]);
    expect(participating).toEqual([
      ["2", "10", null, "Ministry of Foreign Affairs"],
      ["4", null, null, "Example Foundation"],
      ["4", "10", "JP-JICA-1", "Japan International Cooperation Agency"],
    ]);
  });

  it("writes dates as the days they can mean, with a note when the sources give less", () => {
    const dates = [...activity.querySelectorAll("activity-date")].map((d) => [
      d.getAttribute("type"),
      d.getAttribute("iso-date"),
      d.querySelector("narrative")?.textContent,
    ]);
    expect(dates).toEqual([
      ["2", "2019-05-01", "2019-05 (month only, id)"],
      ["4", "2019-12-31", "2019 (year only, id)"],
    ]);
    const planned = activityOf(doc, "ksst-9005");
    expect([...planned.querySelectorAll("activity-date")].map((d) => d.getAttribute("type"))).toEqual(["1"]);
    expect(planned.querySelector("activity-status")?.getAttribute("code")).toBe("1");
  });

  it("writes recipient countries only when they are the participants' or the partner's, and codes for sectors, SDGs and triangular cooperation", () => {
    expect([...activity.querySelectorAll("recipient-country")].map((c) => c.getAttribute("code"))).toEqual([
      "TZ",
      "NA",
    ]);
    expect(activityOf(doc, "ksst-9005").querySelectorAll("recipient-country")).toHaveLength(0);
    const sector = activity.querySelector("sector");
    expect([sector?.getAttribute("vocabulary"), sector?.getAttribute("code")]).toEqual(["1", "31140"]);
    expect(
      [...activity.querySelectorAll("tag")].map((t) => [
        t.getAttribute("vocabulary"),
        t.getAttribute("code"),
      ]),
    ).toEqual([
      ["2", "2"],
      ["2", "17"],
    ]);
    expect(activity.querySelector("collaboration-type")?.getAttribute("code")).toBe("8");
    expect(activityOf(doc, "ksst-9005").querySelector("collaboration-type")?.getAttribute("code")).toBe("1");
  });

  it("writes finances as budgets and transactions only where the records give full dates", () => {
    const budget = activity.querySelector("budget");
    expect([
      budget?.querySelector("period-start")?.getAttribute("iso-date"),
      budget?.querySelector("period-end")?.getAttribute("iso-date"),
    ]).toEqual(["2019-01-01", "2019-12-31"]);
    expect(budget?.querySelector("value")?.textContent).toBe("1000000000");
    const transactions = [...activity.querySelectorAll("transaction")];
    expect(transactions.map((t) => t.getAttribute("ref"))).toEqual(["fin-1"]);
    const [transaction] = transactions;
    expect(transaction?.querySelector("transaction-type")?.getAttribute("code")).toBe("2");
    expect(transaction?.querySelector("transaction-date")?.getAttribute("iso-date")).toBe("2019-03-02");
    expect(transaction?.querySelector("value")?.getAttribute("currency")).toBe("USD");
    expect(transaction?.querySelector("description narrative")?.textContent).toBe(
      "Komitmen JICA (approximately, id) stated 2019-03-02 id",
    );
    expect(transaction?.querySelector("provider-org")?.getAttribute("ref")).toBe("JP-JICA-1");
  });

  it("leaves out what IATI requires and the records do not say, and names each in the file", () => {
    const ids = [...doc.querySelectorAll("iati-identifier")].map((i) => i.textContent);
    expect(ids).toEqual(["ksst-9001", "ksst-9005"]);
    const xml = syntheticXml();
    expect(xml).toContain("ksst-9002: the sources do not say whether it is planned");
    expect(xml).toContain("ksst-9003: the sources give no date");
    expect(xml).toContain("ksst-9004: the sources name no organisation");
    expect(xml).toContain("<!-- Test - - file -->");
  });
});

describe.skipIf(!hasCorpus("iati"))("IATI 2.03 XSD check with xmllint (shared corpus)", () => {
  let data: SiteData;
  beforeAll(async () => {
    if (!hasXmllint())
      throw new Error("xmllint is missing: apt-get install libxml2-utils (.ci/run installs it).");
    const result = await validateDataDir("data", "schemas");
    data = await siteData(result, folderIO("data"), new Date("2026-12-01T00:00:00Z"), { version: "1.1.0" });
  }, 60_000);

  it("gives the upstream verdict on every official test document, and upstream's error for each named failure", () => {
    const expected =
      corpusJson<Record<string, { expected?: "valid" | "invalid"; upstreamErrorRegex?: string }>>(
        "iati/expected.json",
      );
    const files = Object.keys(expected).filter(
      (path) => path.startsWith("tests/") || path.startsWith("examples/"),
    );
    expect(files.length).toBeGreaterThanOrEqual(539);
    const verdicts = xmllintValidate("schemas/iati-activities-schema.xsd", files, iatiDir);
    const wrong: string[] = [];
    for (const file of files) {
      const want = expected[file];
      const got = verdicts.get(file);
      if (!want || !got) throw new Error(`no verdict for ${file}`);
      if ((want.expected === "valid") !== got.valid) wrong.push(`${file}: expected ${want.expected}`);
      if (
        want.upstreamErrorRegex &&
        !got.errors.some((line) => new RegExp(want.upstreamErrorRegex as string).test(line))
      )
        wrong.push(`${file}: no error matches ${want.upstreamErrorRegex}`);
    }
    expect(wrong).toEqual([]);
    // The check is not vacuous: both verdicts occur.
    const counts = [...verdicts.values()].reduce((n, v) => n + (v.valid ? 1 : 0), 0);
    expect(counts).toBeGreaterThan(200);
    expect(files.length - counts).toBeGreaterThan(300);
  });

  it("accepts the published iati-activities.xml of the live data and the synthetic records with finances", () => {
    const live = join(tmp, "live.xml");
    const synthetic = join(tmp, "synthetic.xml");
    writeFileSync(live, iatiFile(data, "https://data.example.org/").bytes);
    writeFileSync(synthetic, syntheticXml());
    const verdicts = xmllintValidate(xsd, [live, synthetic]);
    expect(verdicts.get(live)).toEqual({ valid: true, errors: [] });
    expect(verdicts.get(synthetic)).toEqual({ valid: true, errors: [] });
    // Each activity IATI can hold is in the file; the others are named in its opening comment.
    const xml = readFileSync(live, "utf8");
    const written = parse(xml).querySelectorAll("iati-activity").length;
    const named = [...xml.matchAll(/^ {2}(ksst-\d+): /gm)].length;
    expect(written).toBeGreaterThan(0);
    expect(written + named).toBe(data.datasets.activities.length);
    // The data page's count of what is left out, and why, is the file's.
    const leftOut = iatiLeftOut(data);
    expect(leftOut.total).toBe(data.datasets.activities.length);
    expect(leftOut.left).toBe(named);
    const reasons = Object.fromEntries(leftOut.reasons);
    expect(reasons["status-unknown"] ?? 0).toBe(
      (xml.match(/: the sources do not say whether it is planned/g) ?? []).length,
    );
  });

  it("refuses an activity without activity-status: the XSD requires it, so an unknown status cannot be written", () => {
    const withStatus = syntheticXml();
    expect(withStatus).toContain("<activity-status ");
    const without = join(tmp, "no-status.xml");
    writeFileSync(without, withStatus.replace(/\s*<activity-status [^>]*\/>/g, ""));
    const verdict = xmllintValidate(xsd, [without]).get(without);
    expect(verdict?.valid).toBe(false);
    expect(verdict?.errors.join("\n")).toMatch(/activity-status/);
  });

  it("writes only codes of the official IATI codelists", () => {
    const codes =
      corpusJson<Record<string, { code: string; status?: string }[]>>("iati/codelists/codes.json");
    const active = (list: string) =>
      new Set((codes[list] ?? []).filter((c) => c.status !== "withdrawn").map((c) => c.code));
    const checks: [selector: string, attribute: string, list: string][] = [
      ["iati-activities", "version", "Version"],
      ["reporting-org", "type", "OrganisationType"],
      ["participating-org", "type", "OrganisationType"],
      ["participating-org", "role", "OrganisationRole"],
      ["provider-org", "type", "OrganisationType"],
      ["description", "type", "DescriptionType"],
      ["activity-status", "code", "ActivityStatus"],
      ["activity-date", "type", "ActivityDateType"],
      ["recipient-country", "code", "Country"],
      ['sector[vocabulary="1"]', "code", "Sector"],
      ["sector", "vocabulary", "SectorVocabulary"],
      ["transaction-type", "code", "TransactionType"],
      ["value", "currency", "Currency"],
    ];
    const problems: string[] = [];
    let checked = 0;
    for (const xml of [new TextDecoder().decode(iatiFile(data, undefined).bytes), syntheticXml()]) {
      const doc = parse(xml);
      for (const [selector, attribute, list] of checks)
        for (const element of doc.querySelectorAll(selector)) {
          const value = element.getAttribute(attribute);
          if (value === null) continue;
          checked++;
          if (!active(list).has(value))
            problems.push(`${selector} ${attribute}="${value}" is not in ${list}`);
        }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
