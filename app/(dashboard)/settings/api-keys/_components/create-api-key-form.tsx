"use client";

import { useId, useState } from "react";
import type { z } from "zod";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { apiScopeLabels, apiScopes } from "@/lib/permissions";
import { createApiKeySchema } from "@/lib/validation/api-keys";
import { createApiKeyAction } from "../actions";

/** Name and scopes; once created, the key is shown here, once, to copy. */
export function CreateApiKeyForm() {
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const scopesErrorId = useId();
  const form = useServerForm<z.input<typeof createApiKeySchema>, z.output<typeof createApiKeySchema>, { id: string; name: string; key: string }>({
    action: createApiKeyAction,
    schema: createApiKeySchema,
    defaultValues: { name: "", scopes: ["read"] },
    onSuccess: (data, self) => {
      setCreated(data);
      self.reset({ name: "", scopes: ["read"] });
    },
  });
  const scopesError = form.fieldError("scopes");
  return (
    <>
      <form
        {...form.formProps}
        aria-label="Create an API key"
        onSubmit={(event) => {
          setCreated(null);
          form.formProps.onSubmit(event);
        }}
        className="space-y-4"
      >
        {form.formError && !form.fieldError("name") && !scopesError && <Alert id={form.alertId}>{form.formError}</Alert>}
        <Field label="Name" hint="What uses it, e.g. “Nightly HRIS sync”" autoComplete="off" className="max-w-md" error={form.fieldError("name")} {...form.register("name")} />
        <fieldset aria-describedby={scopesError ? scopesErrorId : undefined}>
          <legend className="text-sm font-medium text-fg">Scopes</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {apiScopes.map((scope) => (
              <label key={scope} className="flex items-start gap-2 text-sm">
                <input type="checkbox" className="mt-1 size-4" aria-invalid={scopesError ? true : undefined} {...form.registerCheckbox("scopes", scope)} />
                <span>
                  <code className="font-semibold">{scope}</code>
                  <span className="block text-fg-muted">{apiScopeLabels[scope]}</span>
                </span>
              </label>
            ))}
          </div>
          {scopesError && (
            <p id={scopesErrorId} className="mt-1 text-sm text-danger">
              {scopesError}
            </p>
          )}
        </fieldset>
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Creating…" : "Create key"}
        </Button>
      </form>
      <div role="status" className="mt-4">
        {created && (
          <div className="rounded-md border border-line bg-accent-subtle p-4 text-sm">
            <p className="font-semibold">The key “{created.name}” was created. Copy it now: it will not be shown again.</p>
            <label className="mt-2 block font-medium" htmlFor="new-api-key">
              New API key
            </label>
            <input id="new-api-key" readOnly value={created.key} onFocus={(event) => event.currentTarget.select()} className="mt-1 w-full rounded border border-line bg-surface px-2 py-1 font-mono text-sm" />
          </div>
        )}
      </div>
    </>
  );
}
