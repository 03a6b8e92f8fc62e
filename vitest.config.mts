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
    // Vitest's default leaves one core idle (2 cores: one worker). Test files share the database only through
    // isolated organisations, so several run at once: two took the suite from 195 s to 112 s. A third fills
    // the time files spend waiting (on Postgres, on a claim to expire, on a peer): beside `next build`,
    // 166 s with two, 149 s with three.
    maxWorkers: 3,
    globalSetup: ["test/global-setup.ts"],
    // AUTH_SECRET: two-factor secrets and sign-in challenges are sealed with keys derived from it.
    env: { PGLITE_DATA_DIR: "memory://", NODE_ENV: "test", AUTH_SECRET: "vitest-only-secret-0123456789abcdefghijklmnop" },
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
