import Link from "@/components/ui/link";
import { FilterForm } from "@/components/forms/filter-form";
import { buttonClasses } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { auditActionLabels, auditTargetTypeLabel } from "@/lib/audit/labels";
import { auditActions } from "@/lib/enums";
import type { AuditFilters } from "@/lib/validation/audit";

/**
 * A plain GET form: the filters live in the URL, so a view can be shared, survives a reload and works
 * without JavaScript. Keyed by the filters so that a client-side navigation resets the fields.
 */
export function AuditFiltersForm({
  filters,
  targetTypes,
  isFiltered,
  timeZone,
}: {
  filters: AuditFilters;
  targetTypes: string[];
  isFiltered: boolean;
  /** The member's zone, in which the days are counted. */
  timeZone: string;
}) {
  return (
    <FilterForm action="/settings/audit-log" label="Filter the audit log" values={filters}>
      <SelectField label="Action" name="action" defaultValue={filters.action ?? ""}>
        <option value="">All actions</option>
        {auditActions.map((action) => (
          <option key={action} value={action}>
            {auditActionLabels[action]}
          </option>
        ))}
      </SelectField>
      <Field label="Actor" name="actor" type="search" defaultValue={filters.actor} hint="Part of an email address, or “candidate”" />
      <SelectField label="Target" name="target" defaultValue={filters.targetType ?? ""}>
        <option value="">Any target</option>
        {targetTypes.map((type) => (
          <option key={type} value={type}>
            {auditTargetTypeLabel(type)}
          </option>
        ))}
      </SelectField>
      <Field label={`From (${timeZone})`} name="from" type="date" defaultValue={filters.from} />
      <Field label={`Until (${timeZone})`} name="to" type="date" defaultValue={filters.to} />
      <div className="flex items-end gap-3">
        <button type="submit" className={buttonClasses("primary")}>
          Filter
        </button>
        {isFiltered && (
          <Link href="/settings/audit-log" className={buttonClasses("ghost")}>
            Clear filters
          </Link>
        )}
      </div>
    </FilterForm>
  );
}
