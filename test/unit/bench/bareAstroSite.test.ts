import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bareAstroBuild, writeBareAstroSite } from "../../../bench/bareAstroSite.ts";

const dir = mkdtempSync(join(tmpdir(), "ksst-bare-astro-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the site benchmark's pages built by Astro alone", () => {
  it("builds one page per activity and language, every field in a table, escaped", () => {
    const csv = join(dir, "activities.csv");
    writeFileSync(
      csv,
      [
        "id,title_id,title_en,description_en",
        'ksst-1,Pelatihan A,Training A,"Water & sanitation, <b>not</b> bold"',
        "ksst-2,Pelatihan B,Training B,Kerja sama – selatan",
        "ksst-3,Pelatihan C,Training C,",
      ].join("\n"),
    );
    const root = join(dir, "site");
    const out = join(dir, "out");
    writeBareAstroSite(root, csv, ["id", "en"]);
    const [command, args] = bareAstroBuild(root, out);
    const run = spawnSync(command, args, {
      encoding: "utf8",
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
    });
    expect(run.status, run.stderr).toBe(0);
    for (const lang of ["id", "en"])
      expect(readdirSync(join(out, lang, "activities")).sort()).toEqual(["ksst-1", "ksst-2", "ksst-3"]);
    const page = readFileSync(join(out, "en/activities/ksst-1/index.html"), "utf8");
    expect(page).toContain('<html lang="en">');
    expect(page).toContain("<title>Training A</title>");
    expect(page).toContain('<p role="note">Synthetic data</p>');
    expect(page).toContain(
      "<tr><th>description_en</th><td>Water &amp; sanitation, &lt;b&gt;not&lt;/b&gt; bold</td></tr>",
    );
    expect(readFileSync(join(out, "id/activities/ksst-2/index.html"), "utf8")).toContain(
      "<h1>Pelatihan B</h1>",
    );
    // Vite's cache stays in the bare site's folder, not in the repository's node_modules.
    expect(existsSync(join(root, ".vite"))).toBe(true);
  });
});
