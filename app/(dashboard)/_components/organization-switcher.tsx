"use client";

import { useId } from "react";
import type { z } from "zod";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { switchOrganizationSchema } from "@/lib/validation/members";
import { switchOrganizationAction } from "../actions";

/** For people in several organisations: choose which one the dashboard shows. */
export function OrganizationSwitcher({ current, organizations }: { current: string; organizations: { slug: string; name: string }[] }) {
  // The switcher shows in the header on a desktop and in the menu dialog on a phone: two ids.
  const selectId = useId();
  const form = useServerForm<z.input<typeof switchOrganizationSchema>>({
    action: switchOrganizationAction,
    schema: switchOrganizationSchema,
    defaultValues: { organization: current },
  });
  return (
    <form {...form.formProps} aria-label="Switch organisation" className="flex items-center gap-2 text-sm">
      <label htmlFor={selectId} className="sr-only">
        Organisation
      </label>
      <select id={selectId} className="rounded-md border border-slate-400 bg-white px-2 py-1.5" {...form.register("organization")}>
        {organizations.map((organization) => (
          <option key={organization.slug} value={organization.slug}>
            {organization.name}
          </option>
        ))}
      </select>
      <button type="submit" disabled={form.pending} className="rounded-md border border-slate-300 px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-100">
        Switch
      </button>
      {form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}
    </form>
  );
}
