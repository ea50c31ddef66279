import { describe, expect, it } from "vitest";
import { startActivityPagesThread } from "../../../src/node/activityPagesThread.ts";

// The build's worker thread as Astro's thread sees it: where it cannot start, every request says so
// (the caller then does the work itself); once it has its data, a failure fails the request, and work
// that nothing awaited fails `settled()`, never as an unhandled rejection.

const data = { outDir: "/nonexistent", site: undefined, builtOn: "2026-12-03" };

describe("startActivityPagesThread", () => {
  it("answers that the worker is unavailable when its module cannot load", async () => {
    const thread = startActivityPagesThread(data, "test/fixtures/workers/noSuchWorker.ts");
    const outcome = await thread.ask({ kind: "iati" });
    expect(outcome).toHaveProperty("unavailable");
    expect(await thread.ask({ kind: "files", files: "api-records" })).toHaveProperty("unavailable");
    expect(await thread.ask({ kind: "entity-charts" })).toHaveProperty("unavailable");
    thread.stop();
  });

  it("passes on answers and failures once the worker has its data", async () => {
    const thread = startActivityPagesThread(data, "test/fixtures/workers/brokenAfterReady.ts");
    expect(await thread.ask({ kind: "iati" })).toEqual({ bytes: new Uint8Array([1, 2, 3]) });
    expect(await thread.ask({ kind: "entity-charts" })).toEqual({ svgs: new Map([["en 2020:1", "<svg/>"]]) });
    thread.keep(thread.ask({ kind: "files", files: "explorer-files" }));
    await expect(thread.settled()).rejects.toThrow("disk full");
    await expect(
      thread.ask({ kind: "carrier", lang: "id", id: "a", page: new Uint8Array() }),
    ).rejects.toThrow(/stopped \(exit code 3\)/);
    // Stopped: later requests are for the caller to do.
    expect(await thread.ask({ kind: "iati" })).toHaveProperty("unavailable");
  });
});
