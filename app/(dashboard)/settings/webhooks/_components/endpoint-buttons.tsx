"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { deleteWebhookEndpointAction, redeliverWebhookAction, rollWebhookSecretAction, setWebhookEndpointEnabledAction } from "../actions";
import { SecretShownOnce } from "./secret-shown-once";

/** A button that runs one action and shows its refusal beside it; `done` runs with its answer after it succeeded. */
function ActionButton<T>({
  label,
  ariaLabel,
  busyLabel,
  run,
  variant = "secondary",
  done,
}: {
  label: string;
  ariaLabel?: string;
  busyLabel: string;
  run: () => Promise<ActionResult<T>>;
  variant?: "primary" | "secondary" | "danger";
  done?: (data: T) => void;
}) {
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
            else done?.(result.data);
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

/**
 * Rolls the endpoint's signing secret after a confirmation, then shows the new one this once. `secretVersion`
 * is the one the page was rendered with: a roll made meanwhile by someone else is refused, not undone.
 */
export function RollSecretButton({ endpointId, secretVersion, previousStillSigns }: { endpointId: string; secretVersion: number; previousStillSigns: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const [rolled, setRolled] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-start gap-3">
      <div role="status" className="w-full max-w-2xl">
        {rolled && (
          <div className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-950">
            <p className="font-medium">Secret rolled</p>
            <p className="mt-1">
              The new signing secret is shown this once: copy it into your receiver now. For the next 24 hours each request carries a signature
              from the old secret and one from the new one in <code>webhook-signature</code>, so a receiver with either accepts it; then only the new one signs.
            </p>
            <SecretShownOnce secret={rolled} />
          </div>
        )}
      </div>
      {!confirming ? (
        <Button variant="secondary" onClick={() => { setRolled(null); setConfirming(true); }}>
          Roll signing secret…
        </Button>
      ) : (
        <div role="group" aria-label="Confirm rolling the secret" className="flex max-w-2xl flex-col items-start gap-2">
          <p className="text-sm text-slate-700">
            A new secret replaces the current one; the current one keeps signing beside it for 24 hours.
            {previousStillSigns && " The secret before it, still signing after the last roll, stops at once."}
          </p>
          <div className="flex flex-wrap items-start gap-2">
            <ActionButton
              variant="primary"
              label="Roll secret"
              busyLabel="Rolling…"
              run={() => rollWebhookSecretAction({ endpointId, secretVersion })}
              done={({ secret }) => {
                setRolled(secret);
                setConfirming(false);
              }}
            />
            <Button variant="ghost" onClick={() => setConfirming(false)}>Keep the current secret</Button>
          </div>
        </div>
      )}
    </div>
  );
}
