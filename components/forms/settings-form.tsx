"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SavedNotice } from "./saved-notice";
import type { useServerForm } from "./use-server-form";

type ServerForm = Pick<ReturnType<typeof useServerForm>, "formProps" | "formError" | "alertId" | "saved" | "pending">;

/**
 * A settings page's form around its sections: the fields, then, just above the one Save button (none when
 * the member may only read the settings), the server's refusal (role="alert", focused when no field holds
 * it) or "Saved." once accepted (role="status", until the next submit). Every settings form says these the
 * same way and in the same place: by the button just pressed, in view even when the form is long.
 */
export function SettingsForm({
  form,
  label,
  savedMessage,
  canSave = true,
  submitLabel = "Save",
  upload = false,
  className = "mt-6 flex max-w-2xl flex-col gap-6",
  children,
}: {
  form: ServerForm;
  /** The form's accessible name. */
  label: string;
  /** Said once the settings are saved. */
  savedMessage: string;
  canSave?: boolean;
  /** The Save button's words, where the page has several forms ("Save document rule"). */
  submitLabel?: string;
  /** The form carries a file (a logo): its hook sends `formData`, and the form is multipart like the request. */
  upload?: boolean;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <form {...form.formProps} aria-label={label} encType={upload ? "multipart/form-data" : undefined} className={className}>
      {children}
      {form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}
      <SavedNotice shown={form.saved}>{savedMessage}</SavedNotice>
      {canSave && (
        <div>
          <Button type="submit" disabled={form.pending}>
            {form.pending ? "Saving…" : submitLabel}
          </Button>
        </div>
      )}
    </form>
  );
}
