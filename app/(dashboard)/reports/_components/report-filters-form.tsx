import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { fairnessTransitions } from "@/lib/reports/fairness";
import { sourceDimensionLabels } from "@/lib/reports/tables";
import { sourceDimensions, type ReportView } from "@/lib/validation/reports";

const groupLabels = { none: "Nothing (one funnel)", job: "Job", department: "Department", source: "Source", month: "Month applied" } as const;

type Choices = { jobs: { id: string; title: string }[]; departments: string[]; sources: string[] };

/**
 * The reports' filters (and, on the fairness page, its step instead of the reports' groupings) as a plain
 * GET form: the filters live in the URL, so a view can be shared, survives a reload and works without
 * JavaScript. Keyed by the view so that a client-side navigation resets the fields.
 */
export function ReportFiltersForm({
  view,
  choices,
  isFiltered,
  fairnessStep,
}: {
  view: ReportView;
  choices: Choices;
  isFiltered: boolean;
  /** Set on the fairness page: its form shows the step and none of the reports' groupings. */
  fairnessStep?: string;
}) {
  const path = fairnessStep ? "/reports/fairness" : "/reports";
  return (
    <form
      key={JSON.stringify({ ...view, fairnessStep })}
      action={path}
      method="get"
      role="search"
      aria-label={fairnessStep ? "Filter the fairness report" : "Filter the reports"}
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      {fairnessStep && (
        <SelectField label="Step" name="step" defaultValue={fairnessStep}>
          {fairnessTransitions.map((transition) => (
            <option key={transition.from} value={transition.from}>
              {transition.label}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField label="Job" name="job" defaultValue={view.job ?? ""}>
        <option value="">All jobs</option>
        {choices.jobs.map((job) => (
          <option key={job.id} value={job.id}>
            {job.title}
          </option>
        ))}
      </SelectField>
      <Choice label="Department" name="department" all="All departments" values={choices.departments} value={view.department} />
      <Choice label="Source" name="source" all="All sources" values={choices.sources} value={view.source} />
      <Field label="Applied from (UTC)" name="from" type="date" defaultValue={view.from} />
      <Field label="Applied until (UTC)" name="to" type="date" defaultValue={view.to} />
      {!fairnessStep && (
        <>
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
        </>
      )}
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
    </form>
  );
}

function Choice({ label, name, all, values, value }: { label: string; name: string; all: string; values: string[]; value?: string }) {
  return (
    <SelectField label={label} name={name} defaultValue={value ?? ""}>
      <option value="">{all}</option>
      {values.map((choice) => (
        <option key={choice}>{choice}</option>
      ))}
    </SelectField>
  );
}
