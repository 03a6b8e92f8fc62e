import Link from "next/link";
import { useId } from "react";
import { buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { employmentType, workplaceType } from "@/db/schema";
import type { CareersFilters } from "@/lib/careers/filters";
import { employmentTypeLabels, workplaceTypeLabels } from "@/lib/jobs/format";
import { FiltersForm } from "./filters-form";

type Option = { value: string; label: string };

function SelectField({ label, name, value, anyLabel, options }: { label: string; name: string; value?: string; anyLabel: string; options: Option[] }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-900">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value ?? ""}
        className="rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm"
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const labelled = (values: readonly string[], labels?: Record<string, string>): Option[] =>
  values.map((value) => ({ value, label: labels?.[value] ?? value }));

export function JobFilters({
  action,
  filters,
  departments,
  locations,
  isFiltered,
}: {
  action: string;
  filters: CareersFilters;
  departments: string[];
  locations: string[];
  isFiltered: boolean;
}) {
  return (
    // Keyed by the filters so that following "Clear filters" (a client-side navigation) resets the fields.
    <FiltersForm key={JSON.stringify(filters)} action={action}>
      <Field label="Search" name="q" type="search" defaultValue={filters.q} hint="Title, team or location" className="sm:col-span-2 lg:col-span-3" />
      <SelectField label="Department" name="department" value={filters.department} anyLabel="All departments" options={labelled(departments)} />
      <SelectField label="Location" name="location" value={filters.location} anyLabel="All locations" options={labelled(locations)} />
      <SelectField
        label="Workplace type"
        name="workplace"
        value={filters.workplace}
        anyLabel="Any workplace"
        options={labelled(workplaceType.enumValues, workplaceTypeLabels)}
      />
      <SelectField
        label="Employment type"
        name="type"
        value={filters.type}
        anyLabel="Any employment type"
        options={labelled(employmentType.enumValues, employmentTypeLabels)}
      />
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-2">
        <button type="submit" className={buttonClasses("primary")}>
          Show jobs
        </button>
        {isFiltered && (
          <Link href={action} className={buttonClasses("ghost")}>
            Clear filters
          </Link>
        )}
      </div>
    </FiltersForm>
  );
}
