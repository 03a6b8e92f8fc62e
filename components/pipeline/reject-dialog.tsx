"use client";

import type { z } from "zod";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTitle } from "@/components/ui/dialog";
import { SelectField } from "@/components/ui/field";
import type { ActionResult, FieldErrors } from "@/lib/action-result";
import { REJECTION_EMAIL_DELAY_SECONDS } from "@/lib/board/rejection-email";
import { rejectFormSchema } from "@/lib/validation/pipeline";

type Values = z.input<typeof rejectFormSchema>;
export type RejectValues = z.output<typeof rejectFormSchema>;

type Props = {
  /** Who is being rejected: one name, or "3 applicants". */
  subject: string;
  reasons: string[];
  emailSubject: string;
  onCancel: () => void;
  /** Resolves with an error to show, or null once done. */
  onSubmit: (values: RejectValues) => Promise<{ formError?: string; fieldErrors?: FieldErrors } | null>;
  /** Where focus goes once the dialog has gone is the board's to decide: the card, or its neighbour once rejected. */
  onCloseAutoFocus: (event: Event) => void;
};

/** A modal dialog (focus stays inside, Escape or Cancel closes) asking for a reason before rejecting. */
export function RejectDialog({ subject, reasons, emailSubject, onCancel, onSubmit, onCloseAutoFocus }: Props) {
  const form = useServerForm<Values, RejectValues>({
    // The board runs the rejection (it updates its columns and offers Undo); the dialog is its form.
    action: async (values: Values): Promise<ActionResult<undefined>> => {
      const refused = await onSubmit(rejectFormSchema.parse(values));
      return refused ? { ok: false, code: "REFUSED", ...refused } : { ok: true, data: undefined };
    },
    schema: rejectFormSchema,
    defaultValues: { reason: "", note: "", sendEmail: true },
  });
  const { register } = form;

  return (
    <Dialog open onOpenChange={(open) => !open && onCancel()}>
      <DialogContent aria-describedby={undefined} onCloseAutoFocus={onCloseAutoFocus}>
        <form {...form.formProps} className="flex flex-col gap-4">
          <DialogTitle>Reject {subject}</DialogTitle>
          {form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}
          <SelectField label="Reason" error={form.fieldError("reason")} {...register("reason")}>
            <option value="">Choose a reason</option>
            {reasons.map((reason) => (
              <option key={reason} value={reason}>
                {reason}
              </option>
            ))}
          </SelectField>
          <div className="flex flex-col gap-1">
            <label htmlFor="reject-note" className="text-sm font-medium text-slate-900">
              Note (optional)
            </label>
            <textarea
              id="reject-note"
              rows={3}
              aria-describedby="reject-note-hint"
              className="rounded-md border border-slate-400 px-3 py-2 text-slate-900 shadow-sm"
              {...register("note")}
            />
            <p id="reject-note-hint" className="text-sm text-slate-600">
              Only your team sees this.
            </p>
          </div>
          <div className="flex items-start gap-2">
            <input id="reject-send-email" type="checkbox" className="mt-1 size-4 accent-indigo-700" aria-describedby="reject-email-hint" {...register("sendEmail")} />
            <div>
              <label htmlFor="reject-send-email" className="text-sm font-medium text-slate-900">
                Send the rejection email
              </label>
              <p id="reject-email-hint" className="text-sm text-slate-600">
                “{emailSubject}”, from your organisation&apos;s template. It waits {REJECTION_EMAIL_DELAY_SECONDS} seconds, so you can still undo.
              </p>
            </div>
          </div>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" disabled={form.pending}>
              {form.pending ? "Rejecting…" : "Reject"}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
