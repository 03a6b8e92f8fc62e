// Loaded by bench/csv-import.mjs through tsx, with DATABASE_URL set to its fresh database: seeds an
// organisation, writes a ROWS-row CSV, and times previewCandidateImport and importCandidates on it.
import { performance } from "node:perf_hooks";
import { databaseHandle, db } from "@/db/client";
import { createIsolatedOrganization } from "@/db/fixtures";
import { migrateDatabase } from "@/db/migrate";
import { importCandidatesSchema } from "@/lib/validation/candidates";
import { importCandidates, previewCandidateImport } from "@/server/candidates/import-candidates";

const rows = Math.min(Number(process.env.ROWS ?? 10_000), 10_000);
await migrateDatabase(databaseHandle());
const org = await createIsolatedOrganization(db());
const actor = { organizationId: org.organization.id, userId: org.users.recruiter.id, role: "recruiter" as const, email: "recruiter@example.com" };

const lines = ["First name,Last name,Email,Phone,City,LinkedIn"];
for (let i = 0; i < rows; i++) {
  lines.push(`Person,"Number ${i}, Jr",person.${i}@example.com,+1 555 ${String(i).padStart(7, "0")},Springfield,linkedin.com/in/person-${i}`);
}
const text = lines.join("\r\n");
const file = () => new File([text], "people.csv", { type: "text/csv" });
console.log(`file: ${rows.toLocaleString("en")} rows, ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB`);

const time = async <T,>(label: string, run: () => Promise<T>): Promise<T> => {
  const start = performance.now();
  const result = await run();
  console.log(`${label}: ${((performance.now() - start) / 1000).toFixed(2)} s`);
  return result;
};

const preview = await time("preview (read, map, check every row, count known emails)", () => previewCandidateImport(actor, { file: file() }));
console.log(`  ${preview.valid} valid, ${preview.errorCount} with errors, mapping ${JSON.stringify(preview.mapping)}`);
const input = (duplicates: "skip" | "merge") =>
  importCandidatesSchema.parse({ file: file(), mapping: JSON.stringify(preview.mapping), duplicates, jobId: org.job.id });
const first = await time("import into an empty organisation, with an application each (target < 10 s)", () => importCandidates(actor, input("skip")));
console.log(`  ${JSON.stringify(first)}`);
const again = await time("the same file again, merged (every row an update, applications kept)", () => importCandidates(actor, input("merge")));
console.log(`  ${JSON.stringify(again)}`);
await databaseHandle().close();
