"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";

/** A button that runs one notification action and announces a failure. */
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
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        variant={variant}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await run();
            setError(result.ok ? null : (result.formError ?? "That didn't work. Please try again."));
          })
        }
      >
        {pending ? pendingLabel : label}
      </Button>
      <span role="alert" className="text-sm text-red-700">
        {error}
      </span>
    </span>
  );
}
