"use client";

import { MoreHorizontal } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useId, useLayoutEffect, useRef, useState, useTransition, type RefObject } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { notify } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/action-result";

export type RowAction<I> = {
  /** The menu item's words ("Resend invitation"). */
  label: string;
  /** A server action with fixed input, usually `memberAction(capability, schema, fn)`. */
  action: (input: I) => Promise<ActionResult<unknown>>;
  input: I;
  /** Said in a toast once it is done ("Invitation revoked."). */
  done: string;
  /** Destructive: shown in red, after a separator. */
  tone?: "danger";
  /** Asked first in a dialog: what it does, and the words of the button that does it. */
  confirm?: { title: string; description: string; action: string };
};

/**
 * Runs a row's actions: done, a toast and a refresh, with focus back on the button that started it; refused,
 * the reason by that button (or in the confirming dialog), focused. When the row itself goes away (revoked,
 * removed), focus moves to `fallbackFocusId` (a heading with tabIndex -1), never to the page's body.
 */
function useRowAction<I>(trigger: RefObject<HTMLButtonElement | null>, fallbackFocusId: string | undefined) {
  const router = useRouter();
  const [asking, setAsking] = useState<RowAction<I> | null>(null);
  // A new object per refusal, so the same sentence twice still moves focus to it.
  const [refusal, setRefusal] = useState<{ message: string } | null>(null);
  const error = refusal?.message ?? null;
  const [pending, startTransition] = useTransition();
  const errorId = useId();

  // Unmounted with focus on the button (the row was removed): hand focus on once the row has left the page.
  useLayoutEffect(() => {
    const button = trigger.current;
    return () => {
      if (!fallbackFocusId || !button || document.activeElement !== button) return;
      setTimeout(() => {
        if (!document.activeElement || document.activeElement === document.body) document.getElementById(fallbackFocusId)?.focus();
      });
    };
  }, [trigger, fallbackFocusId]);

  // Once the refusal is on the page (by the button, or in the dialog), it takes focus.
  useEffect(() => {
    if (refusal) document.getElementById(errorId)?.focus();
  }, [refusal, errorId]);

  function run(item: RowAction<I>) {
    setRefusal(null);
    startTransition(async () => {
      const result = await item.action(item.input);
      if (result.ok) {
        setAsking(null);
        notify(item.done);
        trigger.current?.focus();
        router.refresh();
        return;
      }
      setRefusal({ message: result.formError ?? Object.values(result.fieldErrors ?? {}).flat()[0] ?? "That did not work. Try again." });
    });
  }

  /** Runs the action, or asks first when it has a confirm step. */
  function choose(item: RowAction<I>) {
    if (!item.confirm) return run(item);
    setRefusal(null);
    setAsking(item);
  }

  const dialog = (
    <Dialog open={asking !== null} onOpenChange={(open) => !open && !pending && setAsking(null)}>
      {asking?.confirm && (
        <DialogContent
          size="sm"
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            trigger.current?.focus();
          }}
        >
          <DialogTitle>{asking.confirm.title}</DialogTitle>
          <DialogDescription>{asking.confirm.description}</DialogDescription>
          {error && (
            <div className="mt-4">
              <Alert id={errorId}>{error}</Alert>
            </div>
          )}
          <div className="mt-6 flex flex-wrap justify-end gap-2">
            <DialogClose asChild>
              <Button variant="secondary" disabled={pending}>
                Cancel
              </Button>
            </DialogClose>
            <Button variant={asking.tone === "danger" ? "danger" : "primary"} onClick={() => run(asking)} disabled={pending}>
              {pending ? "Working…" : asking.confirm.action}
            </Button>
          </div>
        </DialogContent>
      )}
    </Dialog>
  );
  const alert = error && !asking ? <Alert id={errorId}>{error}</Alert> : null;
  return { choose, dialog, alert };
}

/**
 * A row's actions (resend, revoke, deactivate) behind one menu button instead of a row of buttons; `label`
 * names the button ("Actions for Ada Lovelace"). An action with `confirm` asks in a dialog first.
 */
export function RowActions<I>({ label, actions, fallbackFocusId }: { label: string; actions: RowAction<I>[]; fallbackFocusId?: string }) {
  const trigger = useRef<HTMLButtonElement>(null);
  const { choose, dialog, alert } = useRowAction<I>(trigger, fallbackFocusId);
  // The item just chosen opens a dialog: the menu must not take focus back to its button as it closes.
  const opensDialog = useRef(false);

  const [plain, danger] = [actions.filter((item) => item.tone !== "danger"), actions.filter((item) => item.tone === "danger")];
  const item = (action: RowAction<I>) => (
    <DropdownMenuItem
      key={action.label}
      tone={action.tone}
      onSelect={() => {
        opensDialog.current = Boolean(action.confirm);
        choose(action);
      }}
    >
      {action.confirm ? `${action.label}…` : action.label}
    </DropdownMenuItem>
  );

  return (
    <div className="flex flex-col items-end gap-2">
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button ref={trigger} variant="ghost" className="relative px-2 py-1.5">
            <MoreHorizontal aria-hidden="true" className="size-4" />
            <span className="sr-only">{label}</span>
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent
          align="end"
          aria-label={label}
          onCloseAutoFocus={(event) => {
            // A dialog takes focus itself; an action without one keeps it on this button.
            if (opensDialog.current) event.preventDefault();
            opensDialog.current = false;
          }}
        >
          {plain.map(item)}
          {plain.length > 0 && danger.length > 0 && <DropdownMenuSeparator />}
          {danger.map(item)}
        </DropdownMenuContent>
      </DropdownMenu>
      {alert}
      {dialog}
    </div>
  );
}

/**
 * One action behind one button, asked first in a dialog (Remove a stage): `children` are the button's
 * words, `label` its accessible name when the words alone would be ambiguous in a list.
 */
export function ConfirmButton<I>({ action, label, children, fallbackFocusId }: { action: RowAction<I> & { confirm: NonNullable<RowAction<I>["confirm"]> }; label?: string; children: React.ReactNode; fallbackFocusId?: string }) {
  const trigger = useRef<HTMLButtonElement>(null);
  const { choose, dialog, alert } = useRowAction<I>(trigger, fallbackFocusId);
  return (
    <>
      <Button ref={trigger} variant="secondary" aria-label={label} className="px-3 py-1.5" onClick={() => choose(action)}>
        {children}
      </Button>
      {alert && <div className="basis-full">{alert}</div>}
      {dialog}
    </>
  );
}
