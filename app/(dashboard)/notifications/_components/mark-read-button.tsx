"use client";

import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";

/** A button that runs one notification action and announces a failure; a one-button form on the form hook. */
export function ActionButton<T>({
  label,
  pendingLabel,
  run,
  variant = "secondary",
}: {
  label: string;
  pendingLabel: string;
  run: () => Promise<ActionResult<T>>;
  variant?: "secondary" | "ghost";
}) {
  const form = useServerForm<Record<string, never>, unknown, T>({ action: () => run() });
  const failed = form.state?.ok === false ? (form.formError ?? "That didn't work. Please try again.") : null;
  return (
    <form {...form.formProps} className="inline-flex items-center gap-2">
      <Button type="submit" variant={variant} disabled={form.pending}>
        {form.pending ? pendingLabel : label}
      </Button>
      <span id={form.alertId} tabIndex={-1} role="alert" className="text-sm text-red-700">
        {failed}
      </span>
    </form>
  );
}
