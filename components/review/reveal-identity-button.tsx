"use client";

import { useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { revealIdentitySchema } from "@/lib/validation/review";
import { revealIdentityAction } from "@/server/review/actions";

/** "Reveal identity" with a confirmation step: revealing can't be undone. */
export function RevealIdentityButton({ applicationId }: { applicationId: string }) {
  const [confirming, setConfirming] = useState(false);
  const form = useServerForm<z.input<typeof revealIdentitySchema>>({
    action: revealIdentityAction,
    schema: revealIdentitySchema,
    values: { applicationId },
    onSuccess: () => setConfirming(false),
  });
  const cancelled = useRef(false);
  const openButtonId = `reveal-open-${applicationId}`;

  // After Cancel, focus goes back to the button that opened the confirmation.
  useEffect(() => {
    if (!confirming && cancelled.current) document.getElementById(openButtonId)?.focus();
    cancelled.current = false;
  }, [confirming, openButtonId]);

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
      {form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}
      <form {...form.formProps} className="flex flex-wrap gap-2">
        {/* Focus moves to the confirmation so keyboard users land on it. */}
        <Button type="submit" autoFocus disabled={form.pending}>
          {form.pending ? "Revealing…" : "Yes, reveal identity"}
        </Button>
        <Button variant="ghost" onClick={() => {
            cancelled.current = true;
            setConfirming(false);
          }}
          disabled={form.pending}>
          Cancel
        </Button>
      </form>
    </div>
  );
}
