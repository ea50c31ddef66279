import { beforeAll, describe, expect, it } from "vitest";
import type { Reference } from "../../../src/lib/reference/referenceList.ts";
import { githubAnnotation } from "../../../src/lib/report/formatGithub.ts";
import { jsonReport } from "../../../src/lib/report/formatJson.ts";
import { formatText } from "../../../src/lib/report/formatText.ts";
import { qualityReport } from "../../../src/lib/report/qualityReport.ts";
import { reportFormats } from "../../../src/lib/report/registry.ts";
import { type ValidationResult, validateFolder } from "../../../src/lib/validate/validateFolder.ts";
import { loadReference } from "../../../src/node/loadReference.ts";
import { memoryIO } from "../../helpers/memoryIO.ts";
import { miniData, miniSchemas } from "../../helpers/miniSchemas.ts";

let reference: Reference;
let result: ValidationResult;
const now = new Date("2025-06-30T00:00:00Z");
const activities =
  "id,type,start_date,source_ids\n" +
  "a1,trainng,2017,s1\n" +
  "a2,training,2017,s1\n" +
  "a3,training,2017,s1\n" +
  "a4,workshop,1890,s1\n";

beforeAll(async () => {
  reference = await loadReference();
  result = await validateFolder({
    dataIO: memoryIO({ ...miniData, "activities.csv": activities }),
    schemaIO: memoryIO(miniSchemas),
    reference,
    now,
  });
});

describe("report formats", () => {
  it("are chosen by name from the registry", () => {
    expect(Object.keys(reportFormats).sort()).toEqual(["github", "json", "text"]);
    for (const format of Object.values(reportFormats)) {
      expect(format.render(result, { lang: "en" }).length).toBeGreaterThan(0);
    }
  });

  it("groups the text per file and rule, shows the first N and counts the rest, colours only when asked", () => {
    const text = formatText(result.issues, result.stats, { lang: "en", limit: 1 });
    expect(text).toContain("activities.csv\n  error enum (1)");
    expect(text).toContain("warning duplicate-row (1)");
    expect(text).not.toContain("\u001b[");
    const many = formatText([...result.issues, ...result.issues], result.stats, { lang: "id", limit: 1 });
    expect(many).toContain("… 1 lagi yang serupa (enum)");
    expect(formatText(result.issues, result.stats, { lang: "en", color: true })).toContain("\u001b[31m");
  });

  it("shapes JSON like a Frictionless report, warnings apart from errors", () => {
    const report = jsonReport(result, "id");
    expect(report).toMatchObject({ valid: false, stats: { tasks: 5, errors: 1, warnings: 2 } });
    const task = report.tasks.find((t) => t.name === "activities");
    expect(task?.errors).toEqual([
      expect.objectContaining({
        type: "constraint-error",
        code: "enum",
        rowNumber: 2,
        fieldName: "type",
        fieldNumber: 2,
        cell: "trainng",
      }),
    ]);
    expect(task?.warnings.map((w) => w.type)).toEqual(["duplicate-row", "constraint-error"]);
  });

  it("escapes GitHub annotation properties and data", () => {
    const line = githubAnnotation(
      {
        code: "enum",
        severity: "error",
        file: "a,b.csv",
        row: 3,
        columnNumber: 2,
        column: "type",
        value: "x\ny",
        rule: "enum",
        params: { allowedValues: "a" },
      },
      { lang: "en", dataDir: "data" },
    );
    expect(line).toMatch(/^::error file=data\/a%2Cb\.csv,line=3,col=2,title=enum \(type\)::/);
    // A value's line break is shown as \n: the annotation stays one line and the value is not split.
    expect(line).toContain('"x\\ny"');
    expect(line).not.toContain("%0A");
  });
});

describe("qualityReport", () => {
  it("lists, per dataset, what was checked and each problem in both languages", () => {
    const report = qualityReport(result);
    const activitiesQuality = report.datasets.find((d) => d.name === "activities");
    expect(activitiesQuality).toMatchObject({
      file: "activities.csv",
      rows: 4,
      valid: false,
      errors: 1,
      warnings: 2,
    });
    const codes = activitiesQuality?.checks.map((c) => c.code) ?? [];
    expect(codes).toEqual(
      expect.arrayContaining(["blank-row", "enum", "foreign-key", "duplicate-key", "personal-data"]),
    );
    const duplicateRows = activitiesQuality?.checks.find((c) => c.code === "duplicate-row");
    expect(duplicateRows).toMatchObject({
      severity: "warning",
      warnings: 1,
      description: { id: expect.any(String), en: expect.any(String) },
    });
    expect(activitiesQuality?.issues[0]).toMatchObject({
      code: "enum",
      row: 2,
      column: "type",
      value: "trainng",
      message: { id: expect.stringContaining("trainng"), en: expect.stringContaining("trainng") },
      fix: { id: expect.stringContaining("training"), en: expect.stringContaining("training") },
    });
  });

  it("is pure: the same result gives the same report", () => {
    expect(qualityReport(result)).toEqual(qualityReport(result));
  });

  it("closes a direction override the quoted value leaves open, and keeps the value as written", () => {
    const rtl = "\u202eevil";
    const issues = result.issues.map((i) => (i.value === "trainng" ? { ...i, value: rtl } : i));
    const issue = qualityReport({ ...result, issues }).datasets.flatMap((d) => d.issues)[0];
    expect(issue?.value).toBe(rtl);
    expect(issue?.message.en).toContain(`${rtl}\u202c`);
  });
});

describe("validateFolder options", () => {
  it("keeps only keys with keepRecords: false, and finds the same issues", async () => {
    const lean = await validateFolder({
      dataIO: memoryIO({ ...miniData, "activities.csv": activities }),
      schemaIO: memoryIO(miniSchemas),
      reference,
      now,
      keepRecords: false,
    });
    expect(lean.issues).toEqual(result.issues);
    expect((lean.datasets as unknown as Record<string, unknown[]>).activities).toEqual([]);
    expect(lean.stats).toEqual(result.stats);
  });

  it("streams files read in tiny chunks to the same outcome", async () => {
    const io = memoryIO({ ...miniData, "activities.csv": activities });
    const chunked = {
      ...io,
      async *readChunks(path: string) {
        const bytes = await io.readFile(path);
        for (let i = 0; i < bytes.length; i += 3) yield bytes.subarray(i, i + 3);
      },
    };
    const streamed = await validateFolder({
      dataIO: chunked,
      schemaIO: memoryIO(miniSchemas),
      reference,
      now,
    });
    expect(streamed.issues).toEqual(result.issues);
  });

  /** The mini folder with these activity rows, validated with `issueLimit` (default when not given). */
  const activitiesWith = (rows: string, issueLimit?: number) =>
    validateFolder({
      dataIO: memoryIO({ ...miniData, "activities.csv": `id,type,start_date,source_ids\n${rows}\n` }),
      schemaIO: memoryIO(miniSchemas),
      reference,
      now,
      ...(issueLimit === undefined ? {} : { issueLimit }),
    });

  it("keeps the first issues of each code per file and counts the rest, so memory stays flat", async () => {
    const rows = Array.from({ length: 6 }, (_, i) => `a${i + 1},training,2017,s1`).join("\n");
    const capped = await activitiesWith(rows, 2);
    expect(capped.issues.filter((i) => i.code === "duplicate-row").map((i) => i.row)).toEqual([3, 4]);
    expect(capped.stats.find((s) => s.name === "activities")).toMatchObject({ warnings: 5, omitted: 3 });
    expect(formatText(capped.issues, capped.stats, { lang: "en" })).toContain("5 warnings (3 not listed)");
    expect(jsonReport(capped, "en").stats).toMatchObject({ warnings: 5 });
  });

  it("counts every structure issue beyond the limit while keeping only the first ones", async () => {
    const rows = Array.from({ length: 7 }, (_, i) => `a${i + 1},training`).join("\n");
    const capped = await activitiesWith(rows, 2);
    const whole = await activitiesWith(rows);
    const missing = (issues: typeof capped.issues) =>
      issues.filter((i) => i.code === "missing-cell").map((i) => `${i.row}:${i.columnNumber}`);
    // Two cells missing in each of 7 rows: 14 found, the first 2 listed, all counted.
    expect(missing(whole.issues)).toHaveLength(14);
    expect(missing(capped.issues)).toEqual(missing(whole.issues).slice(0, 2));
    const stats = (result: typeof capped) => result.stats.find((s) => s.name === "activities");
    expect(stats(capped)?.errors).toBe(stats(whole)?.errors);
    expect(stats(capped)?.omitted).toBe(
      (stats(whole)?.errors ?? 0) +
        (stats(whole)?.warnings ?? 0) -
        capped.issues.filter((i) => i.dataset === "activities").length,
    );
  });

  it("takes the clock from the caller: a plausible year depends on the build date", async () => {
    const run = (date: string) =>
      validateFolder({
        dataIO: memoryIO({
          ...miniData,
          "activities.csv": "id,type,start_date,source_ids\na1,training,2029,s1\n",
        }),
        schemaIO: memoryIO(miniSchemas),
        reference,
        now: new Date(date),
      });
    expect((await run("2025-01-01T00:00:00Z")).issues).toEqual([]);
    expect((await run("2020-01-01T00:00:00Z")).issues.map((i) => i.code)).toEqual(["date-implausible"]);
  });
});
