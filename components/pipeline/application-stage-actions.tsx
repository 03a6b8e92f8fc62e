"use client";

import { ChevronDown } from "lucide-react";
import { useRouter } from "next/navigation";
import { startTransition, useEffect, useRef, useState } from "react";
import { applicationStatusLabels } from "@/components/candidates/labels";
import { buttonClasses } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { moveApplicationsAction, rejectApplicationsAction, restoreApplicationsAction } from "@/server/pipeline/actions";
import type { ActionResult } from "@/lib/action-result";
import type { ApplicationStage, ChangedApplication } from "@/lib/board/types";
import { applicantShortcuts, ShortcutsButton, useBoardShortcuts } from "./board-shortcuts";
import { type WalkLinks, useWalk } from "./candidate-walk";
import { ChangeAlert } from "./change-alert";
import { focusAfterToast, focusIsInToastOrLost, notifyMoved, notifyRejected, notifyRestored } from "./change-toasts";
import { RejectDialog, type RejectValues } from "./reject-dialog";
import { useSaveQueue } from "./use-save-queue";

type Props = {
  stage: ApplicationStage;
  /** The candidate as this member may see them: their name, or an alias. */
  name: string;
  /** Where focus goes when the applicant leaves the stages (rejected): the page's heading. */
  headingId: string;
  /** Said after the buttons' names on a page with several applications ("Move to… (Engineer)"). */
  context?: string;
  /** Keyboard shortcuts on (one set per page): m, r and ?, and j/k when `walk` is given. */
  shortcuts?: boolean;
  walk?: WalkLinks;
};

const STALE = "This applicant was changed by someone else. The page now shows the latest.";

/**
 * One application's stage and its actions outside the board: Move to… (the job's other stages) and
 * Reject…, through the board's own actions and version check, with the board's toasts and Undo.
 */
export function ApplicationStageActions({ stage: fromServer, name, headingId, context, shortcuts = false, walk }: Props) {
  const router = useRouter();
  const walkTo = useWalk();
  // The server's state, then what this page saved on top of it; the refresh after a save starts again from the
  // server, unless it is older than what this page saved since (a refresh that left before an Undo came back
  // after it): the version says which is newer, so the page never steps back to a state it has left.
  const [server, setServer] = useState(fromServer);
  const [current, setCurrent] = useState(() => pick(fromServer));
  if (server !== fromServer) {
    setServer(fromServer);
    if (fromServer.version >= current.version) setCurrent(pick(fromServer));
  }
  const [menuOpen, setMenuOpen] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const moveRef = useRef<HTMLButtonElement>(null);
  const rejectRef = useRef<HTMLButtonElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const rejected = useRef(false);
  const openedByKey = useRef(false);
  const menuRef = useRef<HTMLDivElement>(null);
  const focusMoveNext = useRef(false);
  const enqueueSave = useSaveQueue();

  const { jobId, applicationId, stages } = fromServer;
  const stageName = (id: string) => stages.find((s) => s.id === id)?.name ?? fromServer.stageName;
  const canMove = fromServer.canMove && (current.status === "active" || current.status === "hired");
  const canReject = fromServer.canMove && current.status === "active";
  const suffix = context ? <span className="sr-only"> ({context})</span> : null;

  // Restored by Undo: the Move button is back, and focus goes to it once it is rendered.
  useEffect(() => {
    if (focusMoveNext.current && moveRef.current) {
      focusMoveNext.current = false;
      focusAfterToast(moveRef.current);
    }
  });

  // Opened with m: straight onto the first stage, as when the button is opened with the keyboard.
  useEffect(() => {
    if (!menuOpen || !openedByKey.current) return;
    openedByKey.current = false;
    const frame = requestAnimationFrame(() => menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [menuOpen]);

  function fail(result: { code: string; formError?: string }, prefix = "") {
    setAlert(`${prefix}${result.code === "STALE_VERSION" ? STALE : (result.formError ?? "That didn't work. Please try again.")}`);
    requestAnimationFrame(() => alertRef.current?.focus());
    if (result.code === "STALE_VERSION" || result.code === "NOT_FOUND" || result.code === "CONFLICT") router.refresh();
  }

  function save(toStageId: string, ref: ChangedApplication, undo: boolean) {
    const from = current.stageId;
    setAlert(null);
    startTransition(async () => {
      const result: ActionResult<ChangedApplication[]> = await enqueueSave([ref], undo, (applications) => moveApplicationsAction({ jobId, toStageId, applications }));
      if (!result.ok) return fail(result, undo ? "Nothing was undone. " : "");
      const [saved] = result.data;
      const hired = stages.find((s) => s.id === toStageId)?.kind === "hired";
      setCurrent({ stageId: toStageId, version: saved!.version, status: hired ? "hired" : "active" });
      notifyMoved([name], stageName(toStageId), {
        id: `application-${applicationId}-move`,
        undo: undo ? undefined : () => {
          if (focusIsInToastOrLost()) focusAfterToast(moveRef.current);
          save(from, saved!, true);
        },
      });
      router.refresh();
    });
  }

  async function reject(values: RejectValues) {
    const result = await rejectApplicationsAction({ jobId, applications: [{ applicationId, version: current.version }], ...values });
    if (!result.ok) {
      if (result.code === "STALE_VERSION") router.refresh();
      return { formError: result.code === "STALE_VERSION" ? STALE : result.formError, fieldErrors: result.fieldErrors };
    }
    const [done] = result.data;
    rejected.current = true;
    setRejecting(false);
    setCurrent((c) => ({ ...c, version: done!.version, status: "rejected" }));
    notifyRejected([name], Boolean(done!.emailId), () => restore({ applicationId, version: done!.version }));
    router.refresh();
    return null;
  }

  function restore(ref: ChangedApplication) {
    const takeFocus = focusIsInToastOrLost();
    startTransition(async () => {
      const result = await restoreApplicationsAction({ jobId, applications: [ref] });
      if (!result.ok) return fail(result, "Nothing was undone. ");
      notifyRestored(1, result.data.some((r) => r.emailCancelled));
      focusMoveNext.current = takeFocus;
      setCurrent((c) => ({ ...c, version: result.data[0]!.version, status: "active" }));
      router.refresh();
    });
  }

  useBoardShortcuts(
    canMove,
    {
      next: () => walk && walkTo(walk, "next"),
      previous: () => walk && walkTo(walk, "previous"),
      move: () => {
        openedByKey.current = true;
        setMenuOpen(true);
      },
      reject: () => canReject && setRejecting(true),
      help: () => setShortcutsOpen(true),
    },
    shortcuts && !rejecting,
  );

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <span className="inline-flex items-center rounded-full bg-accent-subtle px-2.5 py-1 text-sm font-medium text-accent-strong">
          <span className="sr-only">Stage: </span>
          {stageName(current.stageId)}
        </span>
        {current.status !== "active" && (
          <span className="inline-flex items-center rounded-full bg-surface-muted px-2.5 py-1 text-sm font-medium text-fg">
            <span className="sr-only">Status: </span>
            {applicationStatusLabels[current.status]}
          </span>
        )}
        {canMove && (
          <DropdownMenu open={menuOpen} onOpenChange={setMenuOpen}>
            <DropdownMenuTrigger ref={moveRef} aria-keyshortcuts={shortcuts ? "m" : undefined} className={buttonClasses("secondary", "px-3 py-1.5")}>
              Move to…{suffix}
              <ChevronDown aria-hidden="true" className="size-4" />
            </DropdownMenuTrigger>
            <DropdownMenuContent ref={menuRef} align="start">
              {stages
                .filter((s) => s.id !== current.stageId)
                .map((s) => (
                  <DropdownMenuItem key={s.id} onSelect={() => save(s.id, { applicationId, version: current.version }, false)}>
                    {s.name}
                  </DropdownMenuItem>
                ))}
            </DropdownMenuContent>
          </DropdownMenu>
        )}
        {canReject && (
          <button ref={rejectRef} type="button" aria-keyshortcuts={shortcuts ? "r" : undefined} onClick={() => setRejecting(true)} className={buttonClasses("secondary", "px-3 py-1.5 text-danger")}>
            Reject…{suffix}
          </button>
        )}
        {shortcuts && (
          <ShortcutsButton shortcuts={applicantShortcuts({ walk: Boolean(walk), canMove })} title="Shortcuts on this page" open={shortcutsOpen} onOpenChange={setShortcutsOpen} />
        )}
      </div>
      <ChangeAlert ref={alertRef} message={alert} />
      {rejecting && (
        <RejectDialog
          subject={name}
          reasons={fromServer.rejectionReasons}
          emailSubject={fromServer.rejectionEmailSubject}
          onCancel={() => setRejecting(false)}
          onSubmit={reject}
          onCloseAutoFocus={(event) => {
            // Rejected: the buttons are gone, so focus goes to the page's heading; cancelled: back to Reject…
            event.preventDefault();
            const target = rejected.current ? document.getElementById(headingId) : rejectRef.current;
            rejected.current = false;
            target?.focus();
          }}
        />
      )}
    </div>
  );
}

function pick(stage: ApplicationStage) {
  return { stageId: stage.stageId, version: stage.version, status: stage.status };
}
