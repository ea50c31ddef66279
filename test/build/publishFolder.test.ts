import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as fs from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type PublishFs, publishFolder } from "../../src/node/publishFolder.ts";

/** Every file under a folder with its text, by relative path. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, "utf8");
    }
  };
  walk(dir);
  return files;
}

function folder(path: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(path, name, ".."), { recursive: true });
    writeFileSync(join(path, name), text);
  }
  return path;
}

const oldSite = { "index.html": "old", "id/index.html": "old id", "old-only.txt": "gone after" };
const newSite = { "index.html": "new", "id/index.html": "new id", "en/index.html": "new en" };
const work = mkdtempSync(join(tmpdir(), "ksst-publish-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;
const fresh = () => {
  n += 1;
  return join(work, String(n));
};

/** The real file system, except that renames of the listed sources fail with `code`. */
function failingRenames(
  code: string,
  from: (path: string) => boolean,
  extra: Partial<PublishFs> = {},
): PublishFs {
  return {
    ...fs,
    rename: async (a, b) => {
      if (from(a))
        throw Object.assign(new Error(`${code}: rename ${a} -> ${b}`), { code, syscall: "rename", path: a });
      await fs.rename(a, b);
    },
    ...extra,
  };
}

describe("publishFolder", () => {
  it("replaces the output folder by renames on one file system", async () => {
    const base = fresh();
    const staging = folder(join(base, "staging"), newSite);
    const out = folder(join(base, "dist"), oldSite);
    await publishFolder(staging, out);
    expect(tree(out)).toEqual(newSite);
    expect(readdirSync(base)).toEqual(["dist"]);
  });

  it("creates the output folder when there is none", async () => {
    const base = fresh();
    const staging = folder(join(base, "staging"), newSite);
    await publishFolder(staging, join(base, "dist"));
    expect(tree(join(base, "dist"))).toEqual(newSite);
  });

  it("copies when the staging folder is on another file system (EXDEV)", async () => {
    const base = fresh();
    const staging = folder(join(base, "staging"), newSite);
    const out = folder(join(base, "dist"), oldSite);
    await publishFolder(
      staging,
      out,
      failingRenames("EXDEV", (p) => p === staging),
    );
    expect(tree(out)).toEqual(newSite);
    expect(readdirSync(base)).toEqual(["dist"]);
  });

  it("replaces the content of an output folder that cannot be moved (a mount point: EBUSY)", async () => {
    const base = fresh();
    const staging = folder(join(base, "staging"), newSite);
    const out = folder(join(base, "dist"), oldSite);
    await publishFolder(
      staging,
      out,
      failingRenames("EBUSY", (p) => p === out),
    );
    expect(tree(out)).toEqual(newSite);
    expect(readdirSync(base)).toEqual(["dist"]);
  });

  it("leaves the previous output as it was when copying fails (ENOSPC)", async () => {
    const base = fresh();
    const staging = folder(join(base, "staging"), newSite);
    const out = folder(join(base, "dist"), oldSite);
    const full = failingRenames("EXDEV", (p) => p === staging, {
      cp: async () => {
        throw Object.assign(new Error("ENOSPC"), { code: "ENOSPC", syscall: "copyfile" });
      },
    });
    await expect(publishFolder(staging, out, full)).rejects.toMatchObject({ code: "ENOSPC" });
    expect(tree(out)).toEqual(oldSite);
    expect(readdirSync(base).sort()).toEqual(["dist", "staging"]);
  });
});

// A real second file system: a tmpfs mounted for the test, where the machine allows it (root on
// Linux); the cases above simulate the same errors everywhere else.
const mountPoint = join(work, "tmpfs");
mkdirSync(mountPoint);
const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=16m", "ksst-test", mountPoint]).status === 0;
afterAll(() => {
  if (mounted) spawnSync("umount", [mountPoint]);
});

describe.runIf(mounted)("publishFolder onto another file system (a real tmpfs)", () => {
  it("publishes into a folder on the tmpfs from a staging folder on the disk", async () => {
    const staging = folder(join(fresh(), "staging"), newSite);
    const out = folder(join(mountPoint, "dist"), oldSite);
    await publishFolder(staging, out);
    expect(tree(out)).toEqual(newSite);
    expect(readdirSync(mountPoint)).toEqual(["dist"]);
  });

  it("publishes onto the mount point itself", async () => {
    const staging = folder(join(fresh(), "staging"), newSite);
    rmSync(join(mountPoint, "dist"), { recursive: true, force: true });
    folder(mountPoint, oldSite);
    await publishFolder(staging, mountPoint);
    expect(tree(mountPoint)).toEqual(newSite);
  });
});
