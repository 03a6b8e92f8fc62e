import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireMember } from "@/server/auth/session";
import { managerPageMetadata } from "@/server/jobs/load";
import { BoardImportForm } from "./_components/board-import-form";
import { ImportForm } from "./_components/import-form";
import { importBoardAction, importJobAction } from "./actions";

export const generateMetadata = managerPageMetadata("Import a posting", "jobs.manage");

const example = `---
title: Senior Backend Engineer
department: Engineering
location: Berlin
workplace: hybrid
employment_type: full_time
pay: { min: 85000, max: 110000, currency: EUR, period: year }
---

## About the role
…`;

export default async function ImportJobPage() {
  await requireMember("jobs.manage");
  return (
    <>
      <Breadcrumbs items={[{ href: "/jobs", label: "Jobs" }]} />
      <h1 className="mt-2 text-2xl font-bold">Import a posting</h1>
      <p className="mt-1 max-w-prose text-sm text-slate-700">
        Upload the posting or paste it, as you have it: Candor reads its title, keeps its headings and lists, repairs
        mis-encoded characters, removes calls to apply on another site, and proposes the pay, workplace and other details it
        finds in the text. It becomes a draft that shows what was guessed, for you to check before publishing.
      </p>
      <div className="mt-6">
        <ImportForm importJob={importJobAction} />
      </div>
      <section aria-labelledby="import-example-heading" className="mt-8 max-w-2xl">
        <h2 id="import-example-heading" className="text-sm font-semibold text-slate-900">
          Markdown with front matter
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Optional YAML front matter fills in the details exactly; keys Candor does not know are ignored. Also accepted:{" "}
          <code>slug</code>, <code>salary</code> in place of <code>pay</code>, and flat keys such as <code>pay_min</code>,{" "}
          <code>pay_max</code>, <code>pay_currency</code>, <code>pay_period</code>.
        </p>
        <pre tabIndex={0} className="mt-2 overflow-x-auto rounded-md bg-slate-900 p-4 text-xs text-slate-100">{example}</pre>
      </section>
      <section aria-labelledby="import-board-heading" className="mt-10 max-w-4xl">
        <h2 id="import-board-heading" className="text-lg font-semibold text-slate-900">
          Bring a board over from Greenhouse or Lever
        </h2>
        <p className="mt-1 max-w-prose text-sm text-slate-700">
          Candor reads the board&apos;s public job listings and makes each open job a draft: its description, department,
          location and pay, and from Greenhouse its application questions. Jobs you imported before are left as they are, so
          you can import again to bring over new ones.
        </p>
        <div className="mt-4 grid gap-8 lg:grid-cols-2">
          <BoardImportForm provider="greenhouse" importBoard={importBoardAction} />
          <BoardImportForm provider="lever" importBoard={importBoardAction} />
        </div>
      </section>
    </>
  );
}
