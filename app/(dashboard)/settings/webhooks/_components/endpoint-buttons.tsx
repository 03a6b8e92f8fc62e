"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { deleteWebhookEndpointAction, redeliverWebhookAction, setWebhookEndpointEnabledAction } from "../actions";

/** A button that runs one action and shows its refusal beside it; `done` runs after it succeeded. */
function ActionButton({ label, ariaLabel, busyLabel, run, variant = "secondary", done }: { label: string; ariaLabel?: string; busyLabel: string; run: () => Promise<ActionResult<unknown>>; variant?: "secondary" | "danger"; done?: () => void }) {
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-col items-start gap-2">
      <Button
        variant={variant}
        disabled={pending}
        aria-label={ariaLabel}
        onClick={() => {
          setError(undefined);
          startTransition(async () => {
            const result = await run();
            if (!result.ok) setError(result.formError);
            else done?.();
          });
        }}
      >
        {pending ? busyLabel : label}
      </Button>
      {error && <Alert>{error}</Alert>}
    </div>
  );
}

export function EnableEndpointButton({ endpointId, enabled }: { endpointId: string; enabled: boolean }) {
  return enabled ? (
    <ActionButton label="Disable endpoint" busyLabel="Disabling…" run={() => setWebhookEndpointEnabledAction({ endpointId, enabled: false })} />
  ) : (
    <ActionButton label="Enable endpoint" busyLabel="Enabling…" run={() => setWebhookEndpointEnabledAction({ endpointId, enabled: true })} />
  );
}

export function DeleteEndpointButton({ endpointId }: { endpointId: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) return <Button variant="secondary" onClick={() => setConfirming(true)}>Delete endpoint…</Button>;
  return (
    <div role="group" aria-label="Confirm deletion" className="flex flex-wrap items-start gap-2">
      <ActionButton
        variant="danger"
        label="Delete endpoint and its delivery log"
        busyLabel="Deleting…"
        run={() => deleteWebhookEndpointAction({ endpointId })}
        done={() => router.push("/settings/webhooks")}
      />
      <Button variant="ghost" onClick={() => setConfirming(false)}>Keep it</Button>
    </div>
  );
}

export function RedeliverButton({ deliveryId, eventLabel }: { deliveryId: string; eventLabel: string }) {
  return <ActionButton label="Redeliver" ariaLabel={`Redeliver ${eventLabel}`} busyLabel="Queuing…" run={() => redeliverWebhookAction({ deliveryId })} />;
}
