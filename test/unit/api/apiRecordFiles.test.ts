import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { apiRecord } from "../../../src/lib/api/apiDocuments.ts";
import { routeParamFileName, writeOutputFiles } from "../../../src/node/outputFiles.ts";
import { apiCollections, apiMeta, apiRecordFiles, apiUrl, recordHtml } from "../../../src/site/apiFiles.ts";
import { jsonResponse } from "../../../src/site/jsonResponse.ts";
import type { SiteData } from "../../../src/site/siteData.ts";
import { fixtureSiteData } from "../../helpers/fixtureSiteData.ts";

// `npm run build` writes the API's record files straight into the output folder instead of rendering
// each through Astro's route (src/pages/api/v1/[collection]/[id].json.ts): they must be the same
// files, byte for byte, at the same paths.

let data: SiteData;
const folders: string[] = [];
beforeAll(async () => {
  data = await fixtureSiteData();
}, 60_000);
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "ksst-api-files-"));
  folders.push(folder);
  return folder;
}

describe.each([
  ["without the site's address", undefined],
  ["with the site's address", "https://data.example.org/"],
])("the API's record files, %s", (_, site) => {
  it("are written with the bytes the route serves, one per record, at the route's path", async () => {
    const out = await tempFolder();
    const written = await writeOutputFiles(out, apiRecordFiles(data, site, routeParamFileName));
    const collections = apiCollections(data);
    expect(written).toBe(collections.reduce((n, c) => n + c.records.length, 0));
    expect(written).toBeGreaterThan(100);
    const url = apiUrl(site);
    const meta = apiMeta(data);
    for (const collection of collections) {
      const files = await readdir(join(out, "api/v1", collection.name));
      expect(files.sort()).toEqual(collection.records.map((r) => `${r.id}.json`).sort());
      for (const entry of collection.records) {
        const served = await jsonResponse(
          apiRecord(collection, entry, meta, url, recordHtml(collection.name, entry.id, site)),
        ).arrayBuffer();
        const file = await readFile(join(out, "api/v1", collection.name, `${entry.id}.json`));
        expect(file.equals(Buffer.from(served)), `${collection.name}/${entry.id}`).toBe(true);
      }
    }
  });
});

describe("writeOutputFiles", () => {
  it("names a file as Astro names a route parameter", () => {
    expect(routeParamFileName("ksst-0001")).toBe("ksst-0001");
    expect(routeParamFileName("a#b?c")).toBe("a%23b%3Fc");
    expect(routeParamFileName("e\u0301")).toBe("\u00e9");
  });

  it("refuses a path outside the output folder", async () => {
    const out = await tempFolder();
    for (const path of ["../x.json", "/etc/x.json", "api//x.json"])
      await expect(writeOutputFiles(out, [{ path, bytes: new Uint8Array() }])).rejects.toThrow(
        /Not a path inside the output folder/,
      );
  });

  it("fails when a file cannot be written, after the writes in flight", async () => {
    const out = await tempFolder();
    // A file where a folder must go.
    await writeFile(join(out, "blocked"), "");
    const files = [
      { path: "ok/a.json", bytes: new TextEncoder().encode("{}\n") },
      { path: "blocked/b.json", bytes: new TextEncoder().encode("{}\n") },
    ];
    await expect(writeOutputFiles(out, files)).rejects.toThrow(/ENOTDIR|EEXIST/);
    expect(await readFile(join(out, "ok/a.json"), "utf8")).toBe("{}\n");
  });

  it("with blocking, writes each file by a synchronous call and lets other work in every 64 files", async () => {
    const out = await tempFolder();
    const files = Array.from({ length: 200 }, (_, i) => ({
      path: `pages/p${i}/index.html`,
      bytes: new TextEncoder().encode(`<p>${i}</p>`),
    }));
    // How many pages are on disk each time other work of this thread gets its turn.
    const seen: number[] = [];
    const count = () => files.filter((f) => existsSync(join(out, f.path))).length;
    const watch = () => {
      seen.push(count());
      if (seen.length < 10) setImmediate(watch);
    };
    setImmediate(watch);
    expect(await writeOutputFiles(out, files, { blocking: true })).toBe(200);
    expect(seen.slice(0, 3)).toEqual([64, 128, 192]);
    for (const f of files)
      expect(await readFile(join(out, f.path), "utf8")).toBe(new TextDecoder().decode(f.bytes));
    const blocked = await tempFolder();
    await writeFile(join(blocked, "blocked"), "");
    await expect(
      writeOutputFiles(blocked, [{ path: "blocked/b.json", bytes: new Uint8Array() }], { blocking: true }),
    ).rejects.toThrow(/ENOTDIR|EEXIST/);
  });
});
