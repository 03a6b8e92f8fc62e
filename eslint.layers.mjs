// Candor's layers, top to bottom: app -> components -> server -> db -> lib. An import may only point
// down (ARCHITECTURE.md). Tests may reach across layers to set up what they test; nothing else may.

const layers = ["app", "components", "server", "db", "lib"];

/** For each layer, the layers above it: importing from one of those is the wrong way. */
export const layerZones = layers.slice(1).map((layer, index) => ({
  target: `./${layer}`,
  from: layers.slice(0, index + 1).map((above) => `./${above}`),
  message: `${layer}/ sits below ${layers.slice(0, index + 1).join(", ")}: move the shared code down a layer, or pass it in (see ARCHITECTURE.md).`,
}));

export const layerRules = {
  files: ["app/**", "components/**", "server/**", "db/**", "lib/**"],
  ignores: ["**/*.test.ts", "**/*.test.tsx"],
  rules: { "import/no-restricted-paths": ["error", { zones: layerZones }] },
};

/**
 * Use cases in server/ are the only code that opens a transaction; migrations, seeding and tests may too.
 * A query that has to run inside one takes the use case's transaction as its executor.
 */
export const transactionRules = {
  files: ["app/**", "components/**", "db/**", "lib/**"],
  ignores: ["**/*.test.ts", "db/seed.ts", "db/fixtures.ts", "db/fixtures-*.ts", "db/migrate.ts", "db/bootstrap.ts"],
  rules: {
    "no-restricted-syntax": [
      "error",
      {
        selector: "CallExpression[callee.property.name='transaction']",
        message: "Only use cases in server/ open transactions: move this write into server/<domain>/<verb-noun>.ts (ARCHITECTURE.md).",
      },
    ],
  },
};

/** A file over 300 lines is a hint to split it by concern; one that must stay longer says why at its top. */
export const fileSizeRules = {
  files: ["app/**", "components/**", "server/**", "db/**", "lib/**"],
  rules: { "max-lines": ["error", { max: 300 }] },
};
