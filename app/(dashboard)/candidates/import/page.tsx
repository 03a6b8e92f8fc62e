import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { db } from "@/db/client";
import { listJobsWithStages } from "@/db/queries/candidate-intake";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/candidates/csv-import";
import { requireMember } from "@/server/auth/session";
import { ImportFlow } from "./_components/import-flow";
import { importCandidatesAction } from "./actions";

export const metadata: Metadata = { title: "Import candidates" };

export default async function ImportCandidatesPage() {
  const member = await requireMember("candidates.add");
  const jobs = await listJobsWithStages(db(), member.organizationId);
  return (
    <>
      <Breadcrumbs items={[{ href: "/candidates", label: "Candidates" }]} />
      <h1 className="mt-2 text-2xl font-bold">Import candidates</h1>
      <p className="mt-1 max-w-prose text-sm text-slate-700">
        Upload a CSV file with a header row (up to {MAX_IMPORT_ROWS.toLocaleString("en")} rows and {MAX_IMPORT_BYTES / 1024 / 1024} MB). Check which
        column holds what, look over the rows, then import: all of them are stored together, or none is.
      </p>
      <div className="mt-6">
        <ImportFlow jobs={jobs} importStep={importCandidatesAction} />
      </div>
    </>
  );
}
