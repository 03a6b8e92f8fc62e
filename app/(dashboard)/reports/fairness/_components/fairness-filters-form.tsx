import { FilterForm, JobSelect } from "@/components/forms/filter-form";
import { SelectField } from "@/components/ui/field";
import { fairnessTransitions } from "@/lib/reports/fairness";
import type { FairnessView } from "@/lib/validation/reports";
import { Choice, FormButtons } from "../../_components/report-filters-form";

type Choices = { jobs: { id: string; title: string }[]; departments: string[]; years: number[] };

/**
 * The fairness report's filters, as a plain GET form: a calendar year, and the organisation, a department or
 * a job. Deliberately no source and no free date range (see FairnessView in lib/validation/reports.ts).
 */
export function FairnessFiltersForm({ view, choices }: { view: FairnessView; choices: Choices }) {
  return (
    <FilterForm action="/reports/fairness" label="Filter the fairness report" values={view} columns={4}>
      <SelectField label="Year applied (UTC)" name="year" defaultValue={String(view.year)}>
        {choices.years.map((year) => (
          <option key={year}>{year}</option>
        ))}
      </SelectField>
      <SelectField label="Step" name="step" defaultValue={view.step}>
        {fairnessTransitions.map((transition) => (
          <option key={transition.from} value={transition.from}>
            {transition.label}
          </option>
        ))}
      </SelectField>
      <JobSelect jobs={choices.jobs} value={view.job} />
      <Choice label="Department" name="department" all="All departments" values={choices.departments} value={view.department} />
      <FormButtons path="/reports/fairness" isFiltered={Boolean(view.job || view.department)} />
    </FilterForm>
  );
}
