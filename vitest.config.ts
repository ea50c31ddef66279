import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts", "test/build/**/*.test.ts"],
    environment: "node",
    env: { TZ: "UTC" },
    // Generous limits: these are not timed tests, and a busy 2-core machine can run a worker-thread
    // or child-process test ten times slower than a quiet one.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
