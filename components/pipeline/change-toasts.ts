"use client";

import { notify } from "@/components/ui/toast";
import { REJECTION_EMAIL_DELAY_SECONDS } from "@/lib/board/rejection-email";

// What the board, the application page and the profile say after moving, rejecting or restoring: the
// same words and the same Undo wherever the change was made.

/** One name, or "3 applicants". */
export const describeApplicants = (names: string[]) => (names.length === 1 ? names[0]! : `${names.length} applicants`);

/** Undo from a toast: focus follows the change back unless the user has gone elsewhere meanwhile. */
export const focusIsInToastOrLost = () =>
  !document.activeElement || document.activeElement === document.body || Boolean(document.activeElement.closest("[data-sonner-toaster]"));

/**
 * Focus for after an Undo. Leaving the toasts, sonner gives focus back to where it was before them (its
 * blur handler runs inside this focus call); a second call then puts it where the change now is.
 */
export function focusAfterToast(element: HTMLElement | null) {
  element?.focus();
  if (element && document.activeElement !== element) element.focus();
}

/**
 * "Moved Ada to Screen." with Undo: one toast per `id`, the next move's replaces it. "Moved Ada back to
 * Applied." after an Undo is a toast of its own: the one whose Undo was pressed is on its way out.
 */
export function notifyMoved(names: string[], stageName: string, { id, undo }: { id: string; undo?: () => void }) {
  if (!undo) return void notify(`Moved ${describeApplicants(names)} back to ${stageName}.`);
  notify(`Moved ${describeApplicants(names)} to ${stageName}.`, { id, action: { label: "Undo", onClick: undo } });
}

/** Stays up as long as the rejection email waits, so Undo can still withdraw it. */
export function notifyRejected(names: string[], emailed: boolean, undo: () => void) {
  notify(`Rejected ${describeApplicants(names)}.${emailed ? ` The rejection email goes out in ${REJECTION_EMAIL_DELAY_SECONDS} seconds.` : ""}`, {
    duration: REJECTION_EMAIL_DELAY_SECONDS * 1000,
    action: { label: "Undo", onClick: undo },
  });
}

export function notifyRestored(count: number, emailCancelled: boolean) {
  notify(`Restored ${count === 1 ? "the applicant" : `${count} applicants`}.${emailCancelled ? " The rejection email was cancelled." : ""}`);
}
