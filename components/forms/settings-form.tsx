"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SavedNotice } from "./saved-notice";
import type { useServerForm } from "./use-server-form";

type ServerForm = Pick<ReturnType<typeof useServerForm>, "formProps" | "formError" | "alertId" | "saved" | "pending">;

/**
 * A settings page's form around its sections: the server's refusal, "Saved." once accepted (until the
 * next submit), then the fields and one Save button (none when the member may only read the settings).
 */
export function SettingsForm({
  form,
  label,
  savedMessage,
  canSave = true,
  className = "mt-6 flex max-w-2xl flex-col gap-6",
  children,
}: {
  form: ServerForm;
  /** The form's accessible name. */
  label: string;
  /** Said once the settings are saved. */
  savedMessage: string;
  canSave?: boolean;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <form {...form.formProps} aria-label={label} className={className}>
      {form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}
      <SavedNotice shown={form.saved}>{savedMessage}</SavedNotice>
      {children}
      {canSave && (
        <div>
          <Button type="submit" disabled={form.pending}>
            {form.pending ? "Saving…" : "Save"}
          </Button>
        </div>
      )}
    </form>
  );
}
