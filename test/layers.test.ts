import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layer rule (eslint.layers.mjs) as `npm run lint` applies it, on code written into each layer.
const eslint = new ESLint({ cwd: path.resolve(__dirname, "..") });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === "import/no-restricted-paths").map((m) => m.message);
}

describe("npm run lint keeps the layers", () => {
  it.each([
    ["lib/fixture.ts", 'import { db } from "@/db/client";\nexport const x = db;\n'],
    ["lib/fixture.ts", 'import { memberAction } from "@/server/action";\nexport const x = memberAction;\n'],
    ["db/queries/fixture.ts", 'import { fileStore } from "@/server/storage";\nexport const x = fileStore;\n'],
    ["components/fixture.tsx", 'import { saveInterviewPlanAction } from "@/app/(dashboard)/jobs/[jobId]/interview-plan/actions";\nexport const x = saveInterviewPlanAction;\n'],
    ["server/fixture.ts", 'import { Button } from "@/components/ui/button";\nexport const x = Button;\n'],
    ["lib/fixture.ts", 'import { db } from "../db/client";\nexport const x = db;\n'],
  ])("refuses a wrong-way import in %s", async (filePath, code) => {
    const errors = await layerErrors(filePath, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("ARCHITECTURE.md");
  });

  it.each([
    ["app/fixture.ts", 'import { memberAction } from "@/server/action";\nexport const x = memberAction;\n'],
    ["server/fixture.ts", 'import { db } from "@/db/client";\nexport const x = db;\n'],
    ["db/queries/fixture.ts", 'import { can } from "@/lib/permissions";\nexport const x = can;\n'],
    ["components/fixture.tsx", 'import { can } from "@/lib/permissions";\nexport const x = can;\n'],
  ])("allows an import that points down in %s", async (filePath, code) => {
    expect(await layerErrors(filePath, code)).toEqual([]);
  });
});
