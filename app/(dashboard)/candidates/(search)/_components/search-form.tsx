import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { applicationStatuses, stageKinds } from "@/lib/enums";
import { applicationStatusLabels, stageKindLabels } from "@/lib/candidates/labels";
import type { CandidateSearch } from "@/lib/validation/candidate-search";

/**
 * A plain GET form: the search lives in the URL, so it can be shared, survives a reload and works
 * without JavaScript. Keyed by the search so that a client-side navigation resets the fields.
 */
export function SearchForm({ search, jobs, isFiltered }: { search: CandidateSearch; jobs: { id: string; title: string }[]; isFiltered: boolean }) {
  return (
    <form
      key={JSON.stringify(search)}
      action="/candidates"
      method="get"
      role="search"
      aria-label="Search candidates"
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
    >
      <Field
        label="Search"
        name="q"
        type="search"
        defaultValue={search.q}
        hint="Name, email, phone number or words in a resume"
        className="sm:col-span-2 lg:col-span-3"
      />
      <SelectField label="Job" name="job" defaultValue={search.job ?? ""}>
        <option value="">All jobs</option>
        {jobs.map((job) => (
          <option key={job.id} value={job.id}>
            {job.title}
          </option>
        ))}
      </SelectField>
      <SelectField label="Stage" name="stage" defaultValue={search.stage ?? ""}>
        <option value="">Any stage</option>
        {stageKinds.map((kind) => (
          <option key={kind} value={kind}>
            {stageKindLabels[kind]}
          </option>
        ))}
      </SelectField>
      <SelectField label="Status" name="status" defaultValue={search.status ?? ""}>
        <option value="">Any status</option>
        {applicationStatuses.map((status) => (
          <option key={status} value={status}>
            {applicationStatusLabels[status]}
          </option>
        ))}
      </SelectField>
      <Field label="Applied from" name="from" type="date" defaultValue={search.from} />
      <Field label="Applied until" name="to" type="date" defaultValue={search.to} />
      <div className="flex items-end gap-3">
        <button type="submit" className={buttonClasses("primary")}>
          Search
        </button>
        {isFiltered && (
          <Link href="/candidates" className={buttonClasses("ghost")}>
            Clear search
          </Link>
        )}
      </div>
    </form>
  );
}
