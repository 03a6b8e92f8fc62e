"use client";

import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Tooltip } from "@/components/ui/tooltip";
import type { ActionResult } from "@/lib/action-result";

/**
 * One button that runs one server action with fixed input (move, remove), announcing a refusal next
 * to it. `label` is the accessible name when the visible text alone would be ambiguous in a list.
 * A form of its own (display: contents, so it lays out like the bare button), through the form hook.
 */
export function ActionButton<I extends Record<string, unknown>>({
  action,
  input,
  children,
  label,
  variant = "secondary",
  disabled,
  tooltip,
}: {
  action: (input: I) => Promise<ActionResult<unknown>>;
  input: I;
  children: React.ReactNode;
  label?: string;
  variant?: "primary" | "secondary" | "ghost";
  disabled?: boolean;
  /** For an icon button: a short label shown on hover and focus (its accessible name is `label`). */
  tooltip?: string;
}) {
  const form = useServerForm<I>({ action, values: input });
  const button = (
    <Button type="submit" variant={variant} aria-label={label} disabled={disabled || form.pending} className={tooltip ? "px-2 py-1.5" : "px-3 py-1.5"}>
      {children}
    </Button>
  );
  return (
    <form {...form.formProps} className="contents">
      {tooltip ? <Tooltip content={tooltip}>{button}</Tooltip> : button}
      {form.formError && (
        <div className="basis-full">
          <Alert id={form.alertId}>{form.formError}</Alert>
        </div>
      )}
    </form>
  );
}
