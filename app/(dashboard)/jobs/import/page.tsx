import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireMember } from "@/server/auth/session";
import { managerPageMetadata } from "@/server/jobs/load";
import { ImportForm } from "./_components/import-form";
import { importJobAction } from "./actions";

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
      <h1 className="mt-2 text-2xl font-bold">Import a posting from Markdown</h1>
      <p className="mt-1 max-w-prose text-sm text-slate-700">
        The file&apos;s body becomes the description. Optional YAML front matter fills in the details; keys Candor does not
        know are ignored, and HTML in the body is removed. Without a <code>title</code> key, the first <code># heading</code>{" "}
        is the title.
      </p>
      <div className="mt-6 grid gap-8 lg:grid-cols-2">
        <ImportForm importJob={importJobAction} />
        <section aria-labelledby="import-example-heading">
          <h2 id="import-example-heading" className="text-sm font-semibold text-slate-900">
            Example
          </h2>
          <pre tabIndex={0} className="mt-2 overflow-x-auto rounded-md bg-slate-900 p-4 text-xs text-slate-100">{example}</pre>
          <p className="mt-2 text-sm text-slate-700">
            Also accepted: <code>slug</code>, <code>salary</code> in place of <code>pay</code>, and flat keys such as{" "}
            <code>pay_min</code>, <code>pay_max</code>, <code>pay_currency</code>, <code>pay_period</code>.
          </p>
        </section>
      </div>
    </>
  );
}
