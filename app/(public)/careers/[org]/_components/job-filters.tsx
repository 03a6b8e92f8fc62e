import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { employmentTypes, workplaceTypes } from "@/lib/enums";
import type { CareersFilters } from "@/lib/careers/filters";
import { employmentTypeLabels, workplaceTypeLabels } from "@/lib/jobs/format";
import { FiltersForm } from "./filters-form";

type Menu = { name: keyof CareersFilters; label: string; anyLabel: string; options: { value: string; label: string }[] };

const labelled = (values: readonly string[], labels?: Record<string, string>) =>
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
  const menus: Menu[] = [
    { name: "department", label: "Department", anyLabel: "All", options: labelled(departments) },
    { name: "location", label: "Location", anyLabel: "All", options: labelled(locations) },
    { name: "workplace", label: "Workplace type", anyLabel: "Any", options: labelled(workplaceTypes, workplaceTypeLabels) },
    { name: "type", label: "Employment type", anyLabel: "Any", options: labelled(employmentTypes, employmentTypeLabels) },
  ];
  // Two menus a row even on a phone, so the first jobs show above the fold; hence the short "All"/"Any",
  // which a phone's half-width menu shows whole (the label above says what it is all of).
  return (
    // Keyed by the filters so that following "Clear filters" (a client-side navigation) resets the fields.
    <FiltersForm key={JSON.stringify(filters)} action={action}>
      <Field label="Search" name="q" type="search" defaultValue={filters.q} hint="Title, team or location" className="col-span-2 lg:col-span-3" />
      {menus.map((menu) => (
        <SelectField key={menu.name} label={menu.label} name={menu.name} defaultValue={filters[menu.name] ?? ""}>
          <option value="">{menu.anyLabel}</option>
          {menu.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
      ))}
      <div className="col-span-2 flex items-end gap-3">
        <button type="submit" className={buttonClasses("brand")}>
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
