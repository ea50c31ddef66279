import { defineConfig } from "vitest/config";

// Browser tests: playwright-core driving Debian's Chromium against the site built from the fixture
// folders in test/fixtures/site (the global setup builds it), never from the live data/.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.test.ts"],
    environment: "node",
    globalSetup: ["test/e2e/globalSetup.ts"],
    env: { TZ: "UTC" },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // A page's script fetching its files can take seconds on a busy shared machine: poll for up to 10 s.
    expect: { poll: { timeout: 10_000 } },
  },
});
