import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // One graphql module instance for Pothos, Apollo and the tests ("another module or realm").
    alias: { graphql: "graphql/index.js" },
  },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.integration-test.ts"],
    env: { NODE_ENV: "test" },
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
