"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { retryJobAction } from "../actions";

export function RetryJobButton({ jobId, label }: { jobId: string; label: string }) {
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function retry() {
    setError(undefined);
    startTransition(async () => {
      const result = await retryJobAction({ jobId });
      if (!result.ok) setError(result.formError);
    });
  }

  return (
    <div className="flex flex-col items-end gap-2">
      <Button variant="secondary" onClick={retry} disabled={pending} aria-label={`Retry ${label}`}>
        {pending ? "Retrying…" : "Retry"}
      </Button>
      {error && <Alert>{error}</Alert>}
    </div>
  );
}
