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
  {
    // The dashboard's links prefetch on intent, not on sight (components/ui/link.tsx says why).
    files: ["app/(dashboard)/**", "components/**"],
    ignores: ["components/careers/**", "components/ui/link.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "next/link", importNames: ["default"], message: "Use Link from @/components/ui/link: it prefetches when pointed at, not every link on screen." }] },
      ],
    },
  },
  layerRules,
  transactionRules,
  fileSizeRules,
  globalIgnores([".next/**", ".data/**", "next-env.d.ts", "db/migrations/**", "test-results/**", "playwright-report/**"]),
]);
