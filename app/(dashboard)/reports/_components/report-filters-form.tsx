import Link from "@/components/ui/link";
import { FilterForm, JobSelect } from "@/components/forms/filter-form";
import { buttonClasses } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { sourceDimensionLabels } from "@/lib/reports/tables";
import { sourceDimensions, type ReportView } from "@/lib/validation/reports";

const groupLabels = { none: "Nothing (one funnel)", job: "Job", department: "Department", source: "Source", month: "Month applied" } as const;

type Choices = { jobs: { id: string; title: string }[]; departments: string[]; sources: string[] };

/**
 * The reports' filters as a plain GET form: the filters live in the URL, so a view can be shared, survives
 * a reload and works without JavaScript. Keyed by the view so that a client-side navigation resets the
 * fields. (The fairness report has its own, narrower form: fairness/_components.)
 */
export function ReportFiltersForm({ view, choices, isFiltered }: { view: ReportView; choices: Choices; isFiltered: boolean }) {
  const path = "/reports";
  return (
    <FilterForm action={path} label="Filter the reports" values={view} columns={4}>
      <JobSelect jobs={choices.jobs} value={view.job} />
      <Choice label="Department" name="department" all="All departments" values={choices.departments} value={view.department} />
      <Choice label="Source" name="source" all="All sources" values={choices.sources} value={view.source} />
      <Field label="Applied from (UTC)" name="from" type="date" defaultValue={view.from} />
      <Field label="Applied until (UTC)" name="to" type="date" defaultValue={view.to} />
      <SelectField label="Funnel by" name="groupBy" defaultValue={view.groupBy}>
        {Object.entries(groupLabels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <SelectField label="Sources by" name="sourceBy" defaultValue={view.sourceBy}>
        {sourceDimensions.map((value) => (
          <option key={value} value={value}>
            {sourceDimensionLabels[value]}
          </option>
        ))}
      </SelectField>
      <Field label="Stale after (days)" name="staleDays" type="number" min={1} max={365} defaultValue={view.staleDays} />
      <FormButtons path={path} isFiltered={isFiltered} />
    </FilterForm>
  );
}

export function FormButtons({ path, isFiltered }: { path: string; isFiltered: boolean }) {
  return (
    <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-4">
      <button type="submit" className={buttonClasses("primary")}>
        Show
      </button>
      {isFiltered && (
        <Link href={path} className={buttonClasses("ghost")}>
          Clear filters
        </Link>
      )}
    </div>
  );
}

export function Choice({ label, name, all, values, value }: { label: string; name: string; all: string; values: string[]; value?: string }) {
  return (
    <SelectField label={label} name={name} defaultValue={value ?? ""}>
      <option value="">{all}</option>
      {values.map((choice) => (
        <option key={choice}>{choice}</option>
      ))}
    </SelectField>
  );
}
