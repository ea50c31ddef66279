import { beforeAll, describe, expect, it } from "vitest";
import type { Issue } from "../../../src/lib/issue.ts";
import { formatIssue } from "../../../src/lib/messages/messages.ts";
import type { Reference } from "../../../src/lib/reference/referenceList.ts";
import { findInvisible } from "../../../src/lib/text/findInvisible.ts";
import { findMojibake } from "../../../src/lib/text/findMojibake.ts";
import { validateFolder } from "../../../src/lib/validate/validateFolder.ts";
import { loadReference } from "../../../src/node/loadReference.ts";
import { memoryIO } from "../../helpers/memoryIO.ts";
import { miniData, miniSchemas } from "../../helpers/miniSchemas.ts";

let reference: Reference;
beforeAll(async () => {
  reference = await loadReference();
});

const validate = (data: Record<string, string>) =>
  validateFolder({
    dataIO: memoryIO({ ...miniData, ...data }),
    schemaIO: memoryIO(miniSchemas),
    reference,
    now: new Date("2025-06-30T00:00:00Z"),
  });
const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

const characters = [
  ["\u0000", "U+0000 NULL"],
  ["\u0007", "U+0007 BELL"],
  ["\u001b", "U+001B ESCAPE"],
  ["\u007f", "U+007F DELETE"],
  ["\u0085", "U+0085 NEXT LINE"],
  ["\u009b", "U+009B CONTROL SEQUENCE INTRODUCER"],
  ["\u200b", "U+200B ZERO WIDTH SPACE"],
  ["\u200d", "U+200D ZERO WIDTH JOINER"],
  ["\u202e", "U+202E RIGHT-TO-LEFT OVERRIDE"],
  ["\u2066", "U+2066 LEFT-TO-RIGHT ISOLATE"],
  ["\ufeff", "U+FEFF ZERO WIDTH NO-BREAK SPACE"],
  ["\u{e0041}", "U+E0041 TAG CHARACTER"],
] as const;

describe("control and invisible characters", () => {
  it.each(characters)("%j in free text is a warning naming %s and its column", async (character, name) => {
    const title = `Laporan tahunan ${character}KSST`;
    const result = await validate({ "sources.csv": `id,title\ns1,${quoted(title)}\ns2,B\n` });
    expect(result.valid).toBe(true);
    const found = result.issues.filter((i) => i.code === "invisible-in-text");
    expect(found).toEqual([
      expect.objectContaining({
        severity: "warning",
        row: 2,
        column: "title",
        params: { character: name, position: 17, count: 1 },
      }),
    ]);
    expect(formatIssue(found[0] as Issue, "en").message).toContain(`${name} at column 17 of the value`);
    expect(formatIssue(found[0] as Issue, "id").message).toContain(`${name} di kolom 17 nilainya`);
  });

  it.each(characters)("%j in an id or a code is an error naming %s", async (character, name) => {
    const result = await validate({
      "activities.csv": `id,type,source_ids\n${quoted(`a${character}1`)},training,s1\n`,
    });
    expect(result.valid).toBe(false);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: "invisible-in-code",
        severity: "error",
        column: "id",
        params: { character: name, position: 2, count: 1 },
      }),
    );
  });

  it("allows line breaks and tabs in free text, not in codes", async () => {
    const result = await validate({
      "sources.csv": `id,title\ns1,"Line one\r\nline\ttwo"\n"s2\n",B\n`,
    });
    expect(result.issues.filter((i) => i.code === "invisible-in-text")).toEqual([]);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: "invisible-in-code",
        row: 3,
        params: expect.objectContaining({ character: "U+000A LINE FEED" }),
      }),
    );
  });

  it("finds a lone surrogate written as a JSON escape and counts the others", async () => {
    expect(findInvisible("a\u200bb\u200bc\u0007", "text")).toEqual({
      character: "U+200B ZERO WIDTH SPACE",
      column: 2,
      count: 3,
    });
    const result = await validate({
      "notes.json": '[{"id": "n1", "source_ids": ["s1"], "items": [{"note": "x\\ud800"}]}]',
    });
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: "invisible-in-text",
        pointer: "/items/0/note",
        params: expect.objectContaining({ character: "U+D800 UNPAIRED SURROGATE" }),
      }),
    );
  });
});

describe("mojibake", () => {
  it.each([
    ["Ã¢â‚¬Å“Kerja samaÃ¢â‚¬", "Ã¢"],
    ["KerjasamaÂ\u00a0Selatan", "Â\u00a0"],
    ["Indonesia’s → Indonesiaâ€™s", "â€™"],
    ["Caf\ufffd", "\ufffd"],
  ])("finds %j", (text, sign) => {
    expect(findMojibake(text)).toBe(sign);
  });

  it.each(["Café–bar", "SÃO PAULO", "Indonesia’s partners", "São Tomé", "½ × 2"])(
    "leaves %j alone",
    (text) => {
      expect(findMojibake(text)).toBeUndefined();
    },
  );

  it("warns with the hint to re-save as UTF-8, in both languages", async () => {
    const result = await validate({ "sources.csv": "id,title\ns1,Ã¢â‚¬Å“Kerja sama\ns2,B\n" });
    const found = result.issues.find((i) => i.code === "mojibake") as Issue;
    expect(found).toMatchObject({ severity: "warning", row: 2, column: "title" });
    expect(formatIssue(found, "en").fix).toContain("UTF-8");
    expect(formatIssue(found, "id").fix).toContain("UTF-8");
  });
});
