import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "test/server-only.ts"),
    },
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**", ".data/**"],
    environment: "node",
    pool: "forks",
    globalSetup: ["test/global-setup.ts"],
    env: { PGLITE_DATA_DIR: "memory://", NODE_ENV: "test" },
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
