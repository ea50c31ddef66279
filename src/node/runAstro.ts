import { spawn } from "node:child_process";
import { resolve } from "node:path";

/** How Astro's build ended. */
export interface AstroOutcome {
  /** Exit code, or `null` when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * Runs `astro build` in a child process with `env` added to this process's environment. When
 * `signal` aborts, Astro is sent SIGTERM (SIGKILL if still running 10 s later) and the promise
 * settles once it has exited, so the caller can then remove what it wrote.
 */
export function runAstro(env: NodeJS.ProcessEnv, signal: AbortSignal): Promise<AstroOutcome> {
  return new Promise((settle, fail) => {
    const child = spawn(process.execPath, [resolve("node_modules/astro/bin/astro.mjs"), "build"], {
      stdio: "inherit",
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env },
    });
    let killer: NodeJS.Timeout | undefined;
    const stop = () => {
      child.kill("SIGTERM");
      killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      killer.unref();
    };
    if (signal.aborted) stop();
    else signal.addEventListener("abort", stop, { once: true });
    child.once("error", fail);
    child.once("exit", (code, exitSignal) => {
      if (killer) clearTimeout(killer);
      signal.removeEventListener("abort", stop);
      settle({ code, signal: exitSignal });
    });
  });
}
