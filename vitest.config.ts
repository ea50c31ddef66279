import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts", "test/build/**/*.test.ts"],
    environment: "node",
    env: { TZ: "UTC" },
  },
});
