"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { cancelScheduledEmailAction } from "@/server/mail/actions";

/** "Cancel" beside a composed email still waiting in the outbox; a refusal (too late) is announced in place. */
export function CancelEmailButton({ emailId, candidateId, subject }: { emailId: string; candidateId: string; subject: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        variant="ghost"
        className="px-2 py-0.5"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await cancelScheduledEmailAction({ emailId, candidateId });
            if (result.ok) router.refresh();
            else setError(result.formError ?? "This email could not be cancelled.");
          })
        }
      >
        Cancel<span className="sr-only"> the email “{subject}”</span>
      </Button>
      <span role="status" className="text-danger">
        {error}
      </span>
    </span>
  );
}
