import { totalmem } from "node:os";
import { describe, expect, it } from "vitest";
import { astroProcess } from "../../src/node/runAstro.ts";

describe("astroProcess: Node's options and environment of Astro's process", () => {
  it("limits glibc to two malloc arenas and a fixed 128 KiB mmap threshold, sets a heap limit and a 64 MB young generation by default", () => {
    const { args, env } = astroProcess({ PATH: "/usr/bin" }, { KSST_OUT: "/tmp/x" });
    expect(env.MALLOC_ARENA_MAX).toBe("2");
    expect(env.MALLOC_MMAP_THRESHOLD_).toBe("131072");
    expect(env.PATH).toBe("/usr/bin");
    expect(env.KSST_OUT).toBe("/tmp/x");
    expect(env.ASTRO_TELEMETRY_DISABLED).toBe("1");
    expect(args).toEqual([
      `--max-old-space-size=${Math.floor((totalmem() / 2 ** 20) * 0.75)}`,
      "--max-semi-space-size=64",
    ]);
  });

  it("keeps what the user's environment sets", () => {
    const { args, env } = astroProcess(
      {
        MALLOC_ARENA_MAX: "8",
        MALLOC_MMAP_THRESHOLD_: "65536",
        NODE_OPTIONS: "--max-old-space-size=3000 --max-semi-space-size=16",
      },
      {},
    );
    expect(env.MALLOC_ARENA_MAX).toBe("8");
    expect(env.MALLOC_MMAP_THRESHOLD_).toBe("65536");
    expect(args).toEqual([]);
  });
});
