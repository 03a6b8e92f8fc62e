import Link from "@/components/ui/link";
import { FilterForm, JobSelect } from "@/components/forms/filter-form";
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
    <FilterForm action="/candidates" label="Search candidates" values={search}>
      <Field
        label="Search"
        name="q"
        type="search"
        defaultValue={search.q}
        hint="Name, email, phone number or words in a resume"
        className="sm:col-span-2 lg:col-span-3"
      />
      <JobSelect jobs={jobs} value={search.job} />
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
    </FilterForm>
  );
}
