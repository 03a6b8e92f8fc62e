import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { fileSizeRules, layerRules, transactionRules } from "./eslint.layers.mjs";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Playwright fixtures receive a callback named `use`; it is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  layerRules,
  transactionRules,
  fileSizeRules,
  globalIgnores([".next/**", ".data/**", "next-env.d.ts", "db/migrations/**", "test-results/**", "playwright-report/**"]),
]);
