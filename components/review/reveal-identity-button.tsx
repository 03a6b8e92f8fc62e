"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { revealIdentityAction } from "@/server/review/actions";

/** "Reveal identity" with a confirmation step: revealing can't be undone. */
export function RevealIdentityButton({ applicationId }: { applicationId: string }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const cancelled = useRef(false);
  const openButtonId = `reveal-open-${applicationId}`;

  // After Cancel, focus goes back to the button that opened the confirmation.
  useEffect(() => {
    if (!confirming && cancelled.current) document.getElementById(openButtonId)?.focus();
    cancelled.current = false;
  }, [confirming, openButtonId]);

  function reveal() {
    setError(undefined);
    startTransition(async () => {
      const result = await revealIdentityAction({ applicationId });
      if (result.ok) setConfirming(false);
      else setError(result.formError);
    });
  }

  if (!confirming) {
    return (
      <Button id={openButtonId} variant="secondary" className="mt-3" onClick={() => setConfirming(true)}>
        Reveal identity…
      </Button>
    );
  }
  return (
    <div role="group" aria-labelledby={`reveal-confirm-${applicationId}`} className="mt-3 flex flex-col gap-3 rounded-md bg-amber-50 p-4 text-sm">
      <p id={`reveal-confirm-${applicationId}`} className="text-slate-900">
        Reveal who this candidate is? The hiring manager and interviewers on this job will see their name, contact
        details and resume. This can&apos;t be undone.
      </p>
      {error && <Alert>{error}</Alert>}
      <div className="flex flex-wrap gap-2">
        {/* Focus moves to the confirmation so keyboard users land on it. */}
        <Button autoFocus onClick={reveal} disabled={pending}>
          {pending ? "Revealing…" : "Yes, reveal identity"}
        </Button>
        <Button variant="ghost" onClick={() => {
            cancelled.current = true;
            setConfirming(false);
          }}
          disabled={pending}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
