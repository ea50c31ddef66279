/** Node's system error fields (`fs` and `child_process` errors carry them). */
interface SystemError {
  code?: unknown;
  syscall?: unknown;
  path?: unknown;
  dest?: unknown;
}

const reasons: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOSPC: "no space left on the device",
  EROFS: "the file system is read-only",
  ENOENT: "no such file or folder",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "it is a folder",
  EEXIST: "it already exists",
  // mkdir (recursive) meets a file where a folder should be.
  "mkdir:EEXIST": "a file of that name is in the way",
  EXDEV: "it is on another file system",
  EBUSY: "it is in use or a mount point",
  EMFILE: "too many open files",
  EIO: "input/output error",
  EDQUOT: "disk quota exceeded",
};

/** Tells whether an error is a file system or process error (it has a system error code such as `EACCES`). */
export function isIoError(error: unknown): boolean {
  const code = (error as SystemError | undefined)?.code;
  return typeof code === "string" && /^E[A-Z]+$/.test(code);
}

/** Describes a file system error in one plain sentence: what could not be done, where, and why. */
export function ioErrorMessage(error: unknown): string {
  const e = (error ?? {}) as SystemError;
  const code = String(e.code ?? "");
  const what = typeof e.syscall === "string" ? e.syscall : "use";
  const where = [e.path, e.dest].filter((p): p is string => typeof p === "string").join(" → ");
  const why =
    reasons[`${what}:${code}`] ?? reasons[code] ?? (error instanceof Error ? error.message : String(error));
  return `Could not ${what} ${where || "a file"}: ${why} (${code}).`;
}
