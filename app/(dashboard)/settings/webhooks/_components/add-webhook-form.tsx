"use client";

import { useState } from "react";
import type { z } from "zod";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { webhookEventTypes, type WebhookEventType } from "@/lib/webhooks/events";
import { webhookEndpointSchema } from "@/lib/validation/webhooks";
import { createWebhookEndpointAction } from "../actions";
import { SecretShownOnce } from "./secret-shown-once";

const eventEntries = Object.entries(webhookEventTypes) as [WebhookEventType, string][];

export function AddWebhookForm() {
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  const form = useServerForm<z.input<typeof webhookEndpointSchema>, z.output<typeof webhookEndpointSchema>, { id: string; secret: string }>({
    action: createWebhookEndpointAction,
    schema: webhookEndpointSchema,
    defaultValues: { url: "", events: [] },
    onSuccess: (data, { getValues, reset }) => {
      setCreated({ url: getValues("url"), secret: data.secret });
      reset({ url: "", events: [] });
    },
  });
  const { register, registerCheckbox } = form;
  const eventsError = form.fieldError("events");
  return (
    <div className="mt-4 flex max-w-2xl flex-col gap-4">
      <div role="status">
        {created && (
          <div className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-950">
            <p className="font-medium">Endpoint added: {created.url}</p>
            <p className="mt-1">
              Its signing secret is shown this once. Copy it into your receiver now, to verify each request&apos;s{" "}
              <code>webhook-signature</code> (Standard Webhooks).
            </p>
            <SecretShownOnce secret={created.secret} />
          </div>
        )}
      </div>
      <form {...form.formProps} onSubmit={(event) => { setCreated(null); form.formProps.onSubmit(event); }} aria-label="Add a webhook endpoint" className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-6">
        {form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}
        <Field label="Endpoint URL" type="url" spellCheck={false} autoComplete="off" hint="Candor POSTs each event here as JSON, signed with the endpoint's secret." error={form.fieldError("url")} {...register("url")} />
        <fieldset aria-describedby={eventsError ? "webhook-events-error" : undefined}>
          <legend className="text-sm font-medium">Events</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {eventEntries.map(([type, description]) => (
              <label key={type} className="flex items-start gap-2 text-sm">
                <input type="checkbox" className="mt-1" aria-invalid={eventsError ? true : undefined} {...registerCheckbox("events", type)} />
                <span>
                  <span className="font-mono font-medium">{type}</span>
                  <span className="block text-slate-700">{description}</span>
                </span>
              </label>
            ))}
          </div>
          {eventsError && (
            <p id="webhook-events-error" className="mt-2 text-sm text-danger">
              {eventsError}
            </p>
          )}
        </fieldset>
        <div>
          <Button type="submit" disabled={form.pending}>
            {form.pending ? "Adding…" : "Add endpoint"}
          </Button>
        </div>
      </form>
    </div>
  );
}
