"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";

/**
 * One button that runs one server action with fixed input (move, remove), announcing a refusal next
 * to it. `label` is the accessible name when the visible text alone would be ambiguous in a list.
 */
export function ActionButton<I extends Record<string, unknown>>({
  action,
  input,
  children,
  label,
  variant = "secondary",
  disabled,
}: {
  action: (input: I) => Promise<ActionResult<unknown>>;
  input: I;
  children: React.ReactNode;
  label?: string;
  variant?: "primary" | "secondary" | "ghost";
  disabled?: boolean;
}) {
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <>
      <Button
        variant={variant}
        aria-label={label}
        disabled={disabled || pending}
        className="px-3 py-1.5"
        onClick={() =>
          startTransition(async () => {
            const result = await action(input);
            setError(result.ok ? undefined : result.formError);
          })
        }
      >
        {children}
      </Button>
      {error && (
        <div className="basis-full">
          <Alert>{error}</Alert>
        </div>
      )}
    </>
  );
}
