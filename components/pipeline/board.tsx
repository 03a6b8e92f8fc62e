"use client";

import { DndContext, DragOverlay } from "@dnd-kit/core";
import { useRouter } from "next/navigation";
import { useHydrated } from "@/components/ui/use-hydrated";
import { startTransition, useOptimistic, useRef, useState, type ReactNode } from "react";
import { loadStageCardsAction, moveApplicationsAction, rejectApplicationsAction, restoreApplicationsAction, undoMoveApplicationsAction } from "@/server/pipeline/actions";
import { applyBoardChange, findCard, type BoardChange } from "@/lib/board/board-state";
import { boardFiltersSearch } from "@/lib/validation/pipeline";
import type { BoardColumn as Column, BoardFilters, ChangedApplication } from "@/lib/board/types";
import { BoardCard, CardBody } from "./board-card";
import { BoardColumn } from "./board-column";
import { cardAfterRemoval, stagesOf } from "./board-navigation";
import { BoardShortcuts, useBoardShortcuts } from "./board-shortcuts";
import { BulkToolbar } from "./bulk-toolbar";
import { ChangeAlert } from "./change-alert";
import { describeApplicants as describe, focusIsInToastOrLost, notifyMoved, notifyRejected, notifyRestored } from "./change-toasts";
import { RejectDialog, type RejectValues } from "./reject-dialog";
import { StagePicker } from "./stage-picker";
import { useBoardDnd } from "./use-board-dnd";
import { useBoardFocus, type CardControl } from "./use-board-focus";
import { useSaveQueue } from "./use-save-queue";

type Props = {
  jobId: string;
  columns: Column[];
  canEdit: boolean;
  /** Whether the member may email candidates: the toolbar then offers "Email selected…". */
  canEmail?: boolean;
  filters: BoardFilters;
  rejectionReasons: string[];
  rejectionEmailSubject: string;
  /** Shown beside the shortcuts button, above the board: the filters. */
  toolbar?: ReactNode;
};

/** Cards to one stage each: one group for a move, one per stage the cards came from for its Undo. */
type Save = { moves: { toStageId: string; refs: ChangedApplication[] }[]; focus: CardControl | null; undo?: boolean };


export function Board({ jobId, columns: serverColumns, canEdit, canEmail = false, filters, rejectionReasons, rejectionEmailSubject, toolbar }: Props) {
  const hydrated = useHydrated(); // on the board once its shortcuts and drag sensors listen (tests press keys at once)
  const router = useRouter();
  // The server's board, then what this browser saved on top of it; a refresh from the server starts again.
  const [fromServer, setFromServer] = useState(serverColumns);
  const [columns, setColumns] = useState(serverColumns);
  if (fromServer !== serverColumns) {
    setFromServer(serverColumns);
    setColumns(serverColumns);
  }
  const [shown, addOptimistic] = useOptimistic(columns, applyBoardChange);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [alert, setAlert] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<{ ids: string[]; fromCard: boolean } | null>(null);
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [loadingStage, setLoadingStage] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const enqueueSave = useSaveQueue();
  // Where focus goes when the reject dialog closes after rejecting: the neighbouring card, or the heading when none is left.
  const afterReject = useRef<"card" | "heading" | null>(null);
  const focus = useBoardFocus(shown, boardRef);
  const dnd = useBoardDnd(shown);
  const { nameOf, stageName } = dnd;

  const refsOf = (ids: string[]) =>
    ids.flatMap((id) => {
      const found = findCard(shown, id);
      return found ? [{ applicationId: id, version: found.card.version }] : [];
    });

  function commit(...changes: BoardChange[]) {
    startTransition(() => setColumns((current) => changes.reduce(applyBoardChange, current)));
  }

  function fail(result: { code: string; formError?: string }, prefix = "") {
    setAlert(`${prefix}${result.formError ?? "That didn't work. Please try again."}`);
    // The message takes focus: the card focus was on may be gone, and a screen reader reads it out.
    requestAnimationFrame(() => alertRef.current?.focus());
    // Someone else changed these cards: show the board as it is now.
    if (result.code === "STALE_VERSION" || result.code === "NOT_FOUND" || result.code === "CONFLICT") router.refresh();
  }

  /** Moves cards to a stage and says so with an Undo, which moves each card back to where it was, all or none. */
  function move(applicationIds: string[], toStageId: string, focusControl: CardControl | null) {
    const refs = refsOf(applicationIds).filter((ref) => findCard(shown, ref.applicationId)?.column.stage.id !== toStageId);
    if (refs.length) save({ moves: [{ toStageId, refs }], focus: focusControl });
  }

  function save({ moves, focus: focusControl, undo = false }: Save) {
    const ids = moves.flatMap((m) => m.refs.map((ref) => ref.applicationId));
    const origins = stagesOf(shown, ids);
    const changes: BoardChange[] = moves.map((m) => ({ type: "move", applicationIds: m.refs.map((ref) => ref.applicationId), toStageId: m.toStageId }));
    setAlert(null);
    if (focusControl) focus.focusCard(ids[0]!, focusControl, moves[0]!.toStageId);
    startTransition(async () => {
      for (const change of changes) addOptimistic(change);
      // An Undo is one request, so the cards go back together or not at all, at the exact versions the move left.
      const result = await enqueueSave(
        moves.flatMap((m) => m.refs),
        undo,
        (applications) =>
          undo
            ? undoMoveApplicationsAction({ jobId, moves: moves.map((m) => ({ toStageId: m.toStageId, applications: m.refs })) })
            : moveApplicationsAction({ jobId, toStageId: moves[0]!.toStageId, applications }),
      );
      if (!result.ok) return fail(result, undo ? "Nothing was undone. " : "");
      commit(...changes, { type: "versions", versions: Object.fromEntries(result.data.map((r) => [r.applicationId, r.version])) });
      setSelected((current) => new Set([...current].filter((id) => !ids.includes(id))));
      for (const m of moves) {
        const names = m.refs.map((ref) => nameOf(ref.applicationId));
        notifyMoved(names, stageName(m.toStageId), { id: `board-${jobId}-move`, undo: undo ? undefined : () => undoMove(origins, result.data) });
      }
    });
  }

  function undoMove(origins: ReturnType<typeof stagesOf>, versions: ChangedApplication[]) {
    const moves = origins.map((origin) => ({ toStageId: origin.stageId, refs: versions.filter((v) => origin.applicationIds.includes(v.applicationId)) }));
    save({ moves: moves.filter((m) => m.refs.length > 0), focus: focusIsInToastOrLost() ? "link" : null, undo: true });
  }

  async function reject(ids: string[], values: RejectValues) {
    const refs = refsOf(ids);
    const names = refs.map((ref) => nameOf(ref.applicationId));
    const result = await rejectApplicationsAction({ jobId, applications: refs, ...values });
    if (!result.ok) {
      if (result.code === "STALE_VERSION") router.refresh();
      return { formError: result.formError, fieldErrors: result.fieldErrors };
    }
    const next = cardAfterRemoval(shown, ids);
    commit({ type: "remove", applicationIds: ids });
    setSelected(new Set());
    setRejecting(null);
    afterReject.current = next ? "card" : "heading";
    if (next) focus.focusCard(next);
    notifyRejected(
      names,
      result.data.some((r) => r.emailId),
      () => undoReject(result.data.map(({ applicationId, version }) => ({ applicationId, version }))),
    );
    return null;
  }

  function undoReject(refs: ChangedApplication[]) {
    const takeFocus = focusIsInToastOrLost();
    startTransition(async () => {
      const result = await restoreApplicationsAction({ jobId, applications: refs });
      if (!result.ok) return fail(result, "Nothing was undone. ");
      notifyRestored(refs.length, result.data.some((r) => r.emailCancelled));
      if (takeFocus) focus.focusCard(refs[0]!.applicationId);
      router.refresh();
    });
  }

  function showMore(column: Column) {
    if (!column.nextCursor) return;
    setLoadingStage(column.stage.id);
    startTransition(async () => {
      const result = await loadStageCardsAction({ jobId, stageId: column.stage.id, cursor: column.nextCursor!, filters });
      setLoadingStage(null);
      if (!result.ok) return fail(result);
      commit({ type: "append", stageId: column.stage.id, ...result.data });
    });
  }

  function step(direction: "next" | "previous") {
    const current = focus.currentCardId();
    const inCard = document.activeElement?.closest("[data-card-id]");
    if (current && !inCard) focus.focusCard(current);
    else if (current) focus.navigate(current, direction);
  }

  useBoardShortcuts(
    canEdit,
    {
      next: () => step("next"),
      previous: () => step("previous"),
      move: () => setMenuFor(focus.currentCardId()),
      reject: () => {
        const id = focus.currentCardId();
        if (id) setRejecting({ ids: [id], fromCard: true });
      },
      help: () => setShortcutsOpen(true),
    },
    !dragging && !rejecting,
  );

  const draggedCard = dragging ? findCard(shown, dragging)?.card : undefined;
  const search = boardFiltersSearch(filters);
  const selectedIds = [...selected].filter((id) => findCard(shown, id));

  return (
    <div ref={boardRef}>
      <div className="flex flex-wrap items-end justify-between gap-3">
        {toolbar}
        <BoardShortcuts canEdit={canEdit} open={shortcutsOpen} onOpenChange={setShortcutsOpen} />
      </div>
      <ChangeAlert ref={alertRef} message={alert} className="mt-4" />
      <div className="mt-4">
        <StagePicker columns={shown} current={focus.phoneStage} onChoose={focus.showStageOnPhone} />
        <DndContext
          id={`pipeline-${jobId}`}
          sensors={dnd.sensors}
          collisionDetection={dnd.collisionDetection}
          accessibility={dnd.accessibility}
          onDragStart={({ active }) => setDragging(String(active.id))}
          onDragCancel={() => setDragging(null)}
          onDragEnd={({ active, over }) => {
            setDragging(null);
            if (over) move([String(active.id)], String(over.id), "drag");
          }}
        >
          {/* One scroll box for the whole board, sideways; `relative` keeps hidden text inside it. */}
          <div className="relative flex items-start gap-3 overflow-x-auto pb-4 max-md:flex-col max-md:items-stretch" data-testid="pipeline-board" data-hydrated={hydrated || undefined}>
            {shown.map((column) => (
              <BoardColumn
                key={column.stage.id}
                column={column}
                loadingMore={loadingStage === column.stage.id}
                shownOnPhone={column.stage.id === focus.phoneStage}
                onShowMore={() => showMore(column)}
              >
                {column.cards.map((card) => (
                  <BoardCard
                    key={card.applicationId}
                    card={card}
                    search={search}
                    stageId={column.stage.id}
                    canEdit={canEdit}
                    selected={selected.has(card.applicationId)}
                    tabbable={card.applicationId === focus.tabbableId}
                    menuOpen={menuFor === card.applicationId}
                    otherStages={shown.map((c) => c.stage).filter((stage) => stage.id !== column.stage.id)}
                    onMenuOpenChange={(open) => setMenuFor(open ? card.applicationId : null)}
                    onFocusCard={() => focus.onCardFocus(card.applicationId)}
                    onNavigate={(direction) => focus.navigate(card.applicationId, direction)}
                    onSelect={(on) =>
                      setSelected((current) => {
                        const next = new Set(current);
                        if (on) next.add(card.applicationId);
                        else next.delete(card.applicationId);
                        return next;
                      })
                    }
                    onMove={(stageId) => move([card.applicationId], stageId, "link")}
                    onReject={() => setRejecting({ ids: [card.applicationId], fromCard: true })}
                  />
                ))}
              </BoardColumn>
            ))}
          </div>
          <DragOverlay>
            {draggedCard && (
              <div className="w-72 rounded-lg border border-accent bg-surface p-2.5 shadow-lg">
                <CardBody card={draggedCard} />
              </div>
            )}
          </DragOverlay>
        </DndContext>
      </div>
      {selectedIds.length > 0 && (
        <>
          {/* Room under the last cards for the toolbar fixed over the bottom of the window. */}
          <div aria-hidden="true" className="h-24" />
          <BulkToolbar
            count={selectedIds.length}
            stages={shown.map((c) => c.stage)}
            onMove={(stageId) => move(selectedIds, stageId, "link")}
            onReject={() => setRejecting({ ids: selectedIds, fromCard: false })}
            emailHref={canEmail ? `/email/new?${new URLSearchParams(selectedIds.map((id) => ["a", id])).toString()}` : undefined}
            onClear={() => {
              setSelected(new Set());
              if (focus.tabbableId) focus.focusCard(focus.tabbableId, "select");
            }}
          />
        </>
      )}
      {rejecting && (
        <RejectDialog
          subject={describe(rejecting.ids.map((id) => nameOf(id)))}
          reasons={rejectionReasons}
          emailSubject={rejectionEmailSubject}
          onCancel={() => setRejecting(null)}
          onSubmit={(values) => reject(rejecting.ids, values)}
          onCloseAutoFocus={(event) => {
            const rejected = afterReject.current;
            afterReject.current = null;
            // Cancelled from the toolbar: Radix gives focus back to its button.
            if (!rejected && !rejecting.fromCard) return;
            event.preventDefault();
            if (rejected === "heading") document.getElementById("pipeline-heading")?.focus();
            else if (!rejected) focus.focusCard(rejecting.ids[0]!);
          }}
        />
      )}
    </div>
  );
}
