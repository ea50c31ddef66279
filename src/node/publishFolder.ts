import * as nodeFs from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** The file system calls `publishFolder` makes (injectable, so tests can make a rename fail). */
export interface PublishFs {
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { recursive: true; force: true }): Promise<void>;
  cp(from: string, to: string, options: { recursive: true }): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
  access(path: string): Promise<void>;
}

/** The real file system. */
export const nodePublishFs: PublishFs = nodeFs;

/**
 * Tells whether an error means a folder cannot be renamed there: another file system (`EXDEV`) or
 * a mount point, which cannot be moved (`EBUSY`). Copying is the way then.
 */
export function isRenameImpossible(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === "EXDEV" || code === "EBUSY";
}

/** A name beside `target` (same parent folder, so the same file system unless `target` is a mount point). */
export function besideTarget(target: string, what: string): string {
  return join(dirname(target), `.${basename(target)}.${what}-${process.pid}`);
}

const exists = (fs: PublishFs, path: string) =>
  fs.access(path).then(
    () => true,
    () => false,
  );

/**
 * Replaces the folder `target` with the folder `staging`, so that `target` is always either the
 * old or the new content, never half of one: the old folder moves aside, the new one moves in,
 * the old one is removed. When a rename is impossible (the staging folder is on another file
 * system, or `target` is a mount point) the new content is first copied onto target's file system,
 * then swapped in. On failure the old content is put back and the error is thrown.
 */
export async function publishFolder(
  staging: string,
  target: string,
  fs: PublishFs = nodePublishFs,
): Promise<void> {
  const previous = besideTarget(target, "previous");
  let moved = false;
  if (await exists(fs, target)) {
    try {
      await fs.rename(target, previous);
      moved = true;
    } catch (error) {
      if (!isRenameImpossible(error)) throw error;
      await replaceContents(staging, target, fs);
      return;
    }
  }
  try {
    await fs.rename(staging, target);
  } catch (error) {
    try {
      if (!isRenameImpossible(error)) throw error;
      const incoming = besideTarget(target, "incoming");
      try {
        await fs.cp(staging, incoming, { recursive: true });
        await fs.rename(incoming, target);
      } catch (copyError) {
        await fs.rm(incoming, { recursive: true, force: true });
        throw copyError;
      }
      await fs.rm(staging, { recursive: true, force: true });
    } catch (failure) {
      if (moved) await fs.rename(previous, target);
      throw failure;
    }
  }
  if (moved) await fs.rm(previous, { recursive: true, force: true });
}

/**
 * Replaces what is inside `target` (a folder that cannot be moved, e.g. a mount point) with the
 * content of `staging`: copied inside `target` first (its file system), then old entries move out
 * and new entries move in, each by a rename on that file system.
 */
async function replaceContents(staging: string, target: string, fs: PublishFs): Promise<void> {
  const incoming = join(target, `.ksst-incoming-${process.pid}`);
  const outgoing = join(target, `.ksst-outgoing-${process.pid}`);
  try {
    await fs.cp(staging, incoming, { recursive: true });
  } catch (error) {
    await fs.rm(incoming, { recursive: true, force: true });
    throw error;
  }
  await fs.mkdir(outgoing, { recursive: true });
  const ours = new Set([basename(incoming), basename(outgoing)]);
  for (const name of await fs.readdir(target)) {
    if (!ours.has(name)) await fs.rename(join(target, name), join(outgoing, name));
  }
  for (const name of await fs.readdir(incoming)) await fs.rename(join(incoming, name), join(target, name));
  await fs.rm(incoming, { recursive: true, force: true });
  await fs.rm(outgoing, { recursive: true, force: true });
  await fs.rm(staging, { recursive: true, force: true });
}
