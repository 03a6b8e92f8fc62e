import type { ReactNode } from "react";
import { SelectField } from "@/components/ui/field";

/**
 * A page's filters as a plain GET form: they live in the URL, so a view can be shared, survives a reload and
 * works without JavaScript. Keyed by the values shown so that a client-side navigation resets the fields.
 */
export function FilterForm({ action, label, values, columns = 3, children }: { action: string; label: string; values: unknown; columns?: 3 | 4; children: ReactNode }) {
  return (
    <form
      key={JSON.stringify(values)}
      action={action}
      method="get"
      role="search"
      aria-label={label}
      className={`grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 ${columns === 4 ? "lg:grid-cols-4" : "lg:grid-cols-3"}`}
    >
      {children}
    </form>
  );
}

/** "Job": every job the member may filter by, or all. */
export function JobSelect({ jobs, value }: { jobs: { id: string; title: string }[]; value?: string }) {
  return (
    <SelectField label="Job" name="job" defaultValue={value ?? ""}>
      <option value="">All jobs</option>
      {jobs.map((job) => (
        <option key={job.id} value={job.id}>
          {job.title}
        </option>
      ))}
    </SelectField>
  );
}
