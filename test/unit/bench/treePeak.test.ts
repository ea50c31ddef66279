import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { treeRssBytes } from "../../../bench/treePeak.ts";

describe.runIf(existsSync("/proc/self/stat"))(
  "treeRssBytes (the site benchmark's memory of all processes)",
  () => {
    it("adds a child process's memory to its parent's", async () => {
      const alone = treeRssBytes(process.pid);
      expect(alone).toBeGreaterThan(10 * 2 ** 20);
      // A child that holds 200 MB of touched memory until it is told to end.
      const child = spawn(process.execPath, [
        "-e",
        "const b = Buffer.alloc(200 * 2 ** 20, 1); process.stdout.write('ready'); setInterval(() => b[0]++, 1000);",
      ]);
      await new Promise<void>((ready) => child.stdout.once("data", () => ready()));
      try {
        expect(treeRssBytes(process.pid) - alone).toBeGreaterThan(200 * 2 ** 20);
        expect(treeRssBytes(child.pid ?? -1)).toBeGreaterThan(200 * 2 ** 20);
        expect(treeRssBytes(child.pid ?? -1)).toBeLessThan(treeRssBytes(process.pid));
      } finally {
        child.kill();
      }
    });
  },
);
