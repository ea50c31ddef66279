import { defineConfig } from "vitest/config";

// Browser tests: playwright-core driving Debian's Chromium against the built site (npm run build first).
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.test.ts"],
    environment: "node",
    env: { TZ: "UTC" },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
