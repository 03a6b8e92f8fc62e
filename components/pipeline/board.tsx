"use client";

import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { useRouter } from "next/navigation";
import { startTransition, useOptimistic, useRef, useState } from "react";
import { loadStageCardsAction, moveApplicationsAction, rejectApplicationsAction, restoreApplicationsAction } from "@/server/pipeline/actions";
import { applyBoardChange, findCard, type BoardChange } from "@/lib/board/board-state";
import { REJECTION_EMAIL_DELAY_SECONDS } from "@/lib/board/rejection-email";
import type { BoardColumn as Column, BoardFilters } from "@/lib/board/types";
import { BoardCard, CardBody } from "./board-card";
import { BoardColumn } from "./board-column";
import { BulkToolbar } from "./bulk-toolbar";
import { RejectDialog, type RejectValues } from "./reject-dialog";

type Props = {
  jobId: string;
  columns: Column[];
  canEdit: boolean;
  filters: BoardFilters;
  rejectionReasons: string[];
  rejectionEmailSubject: string;
};

type Ref = { applicationId: string; version: number };
type Toast = { message: string; undo?: Ref[] };

const instructions =
  "To move an applicant, press Space or Enter on the drag button to pick them up, use the left and right arrow keys to choose a stage, and press Space or Enter to drop them there. Press Escape to cancel.";

const describe = (names: string[]) => (names.length === 1 ? names[0]! : `${names.length} applicants`);

export function Board({ jobId, columns: serverColumns, canEdit, filters, rejectionReasons, rejectionEmailSubject }: Props) {
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
  const [status, setStatus] = useState("");
  const [toast, setToast] = useState<Toast | null>(null);
  const [rejecting, setRejecting] = useState<string[] | null>(null);
  const [loadingStage, setLoadingStage] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const leftOrigin = useRef(false);
  const pendingSaves = useRef<Promise<void>>(Promise.resolve());
  const savedVersions = useRef(new Map<string, number>());

  const nameOf = (id: UniqueIdentifier) => findCard(shown, String(id))?.card.displayName ?? "the applicant";
  const stageName = (id: UniqueIdentifier) => shown.find((c) => c.stage.id === id)?.stage.name ?? "that stage";
  const refsOf = (ids: string[]) =>
    ids.flatMap((id) => {
      const found = findCard(shown, id);
      return found ? [{ applicationId: id, version: found.card.version }] : [];
    });

  function commit(...changes: BoardChange[]) {
    startTransition(() => setColumns((current) => changes.reduce(applyBoardChange, current)));
  }

  function fail(result: { code: string; formError?: string }) {
    setAlert(result.formError ?? "That didn't work. Please try again.");
    // Someone else changed these cards: show the board as it is now.
    if (result.code === "STALE_VERSION" || result.code === "NOT_FOUND" || result.code === "CONFLICT") router.refresh();
  }

  function move(applicationIds: string[], toStageId: string) {
    const refs = refsOf(applicationIds).filter((ref) => findCard(shown, ref.applicationId)?.column.stage.id !== toStageId);
    if (refs.length === 0) return;
    const names = refs.map((ref) => nameOf(ref.applicationId));
    const change: BoardChange = { type: "move", applicationIds: refs.map((r) => r.applicationId), toStageId };
    setAlert(null);
    startTransition(async () => {
      addOptimistic(change);
      // One save at a time, each with the version the previous one returned: moving a card twice in quick
      // succession must not trip over our own optimistic lock.
      const previous = pendingSaves.current;
      let release = () => {};
      pendingSaves.current = new Promise<void>((resolve) => (release = resolve));
      await previous;
      try {
        const applications = refs.map((ref) => ({ ...ref, version: Math.max(ref.version, savedVersions.current.get(ref.applicationId) ?? 0) }));
        const result = await moveApplicationsAction({ jobId, toStageId, applications });
        if (!result.ok) return fail(result);
        for (const saved of result.data) savedVersions.current.set(saved.applicationId, saved.version);
        commit(change, { type: "versions", versions: Object.fromEntries(result.data.map((r) => [r.applicationId, r.version])) });
        setStatus(`Moved ${describe(names)} to ${stageName(toStageId)}.`);
        setSelected((current) => new Set([...current].filter((id) => !change.applicationIds.includes(id))));
      } finally {
        release();
      }
    });
  }

  async function reject(ids: string[], values: RejectValues) {
    const refs = refsOf(ids);
    const names = refs.map((ref) => nameOf(ref.applicationId));
    const result = await rejectApplicationsAction({ jobId, applications: refs, ...values });
    if (!result.ok) {
      if (result.code === "STALE_VERSION") router.refresh();
      return { formError: result.formError, fieldErrors: result.fieldErrors };
    }
    commit({ type: "remove", applicationIds: ids });
    setSelected(new Set());
    setRejecting(null);
    const emailed = result.data.some((r) => r.emailId);
    setToast({
      message: `Rejected ${describe(names)}.${emailed ? ` The rejection email goes out in ${REJECTION_EMAIL_DELAY_SECONDS} seconds.` : ""}`,
      undo: result.data.map(({ applicationId, version }) => ({ applicationId, version })),
    });
    return null;
  }

  function undo(refs: Ref[]) {
    startTransition(async () => {
      const result = await restoreApplicationsAction({ jobId, applications: refs });
      if (!result.ok) {
        setToast(null);
        return fail(result);
      }
      const cancelled = result.data.some((r) => r.emailCancelled);
      setToast({ message: `Restored ${refs.length === 1 ? "the applicant" : `${refs.length} applicants`}.${cancelled ? " The rejection email was cancelled." : ""}` });
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

  // Arrow keys jump a picked-up card to the previous or next column.
  const coordinateGetter: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
    if (event.code !== "ArrowRight" && event.code !== "ArrowLeft") return undefined;
    event.preventDefault();
    const order = shown.map((c) => c.stage.id);
    const activeId = context.active?.id;
    const currentStage = context.over?.id ?? (activeId ? findCard(shown, String(activeId))?.column.stage.id : undefined);
    const next = order[order.indexOf(String(currentStage)) + (event.code === "ArrowRight" ? 1 : -1)];
    const rect = next ? context.droppableRects.get(next) : undefined;
    return rect ? { x: rect.left + 8, y: rect.top + 40 } : currentCoordinates;
  };
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor, { coordinateGetter }));
  const collisionDetection: CollisionDetection = (args) => {
    const underPointer = pointerWithin(args);
    return underPointer.length ? underPointer : rectIntersection(args);
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      leftOrigin.current = false;
      return `Picked up ${nameOf(active.id)}.`;
    },
    onDragOver: ({ active, over }) => {
      // Picking a card up puts it over its own column; that is not news. Coming back to it later is.
      if (over?.id === active.data.current?.stageId && !leftOrigin.current) return undefined;
      leftOrigin.current = true;
      return over ? `Moved to ${stageName(over.id)}.` : "Not over a stage.";
    },
    onDragEnd: ({ active, over }) => (over ? `Dropped ${nameOf(active.id)} in ${stageName(over.id)}.` : `Dropped ${nameOf(active.id)}. Nothing changed.`),
    onDragCancel: ({ active }) => `Cancelled. ${nameOf(active.id)} stays where they were.`,
  };

  const draggedCard = dragging ? findCard(shown, dragging)?.card : undefined;
  const selectedIds = [...selected].filter((id) => findCard(shown, id));

  return (
    <div>
      <div role="alert" className={alert ? "mb-4 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800" : "sr-only"}>
        {alert}
      </div>
      <div role="status" className="sr-only">
        {status}
      </div>
      {canEdit && selectedIds.length > 0 && (
        <BulkToolbar
          count={selectedIds.length}
          stages={shown.map((c) => c.stage)}
          onMove={(stageId) => move(selectedIds, stageId)}
          onReject={() => setRejecting(selectedIds)}
          onClear={() => setSelected(new Set())}
        />
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={collisionDetection}
        accessibility={{ announcements, screenReaderInstructions: { draggable: instructions } }}
        onDragStart={({ active }) => setDragging(String(active.id))}
        onDragCancel={() => setDragging(null)}
        onDragEnd={({ active, over }) => {
          setDragging(null);
          if (over) move([String(active.id)], String(over.id));
        }}
      >
        <div className="flex gap-3 overflow-x-auto pb-4" data-testid="pipeline-board">
          {shown.map((column) => (
            <BoardColumn key={column.stage.id} column={column} loadingMore={loadingStage === column.stage.id} onShowMore={() => showMore(column)}>
              {column.cards.map((card) => (
                <BoardCard
                  key={card.applicationId}
                  card={card}
                  stageId={column.stage.id}
                  canEdit={canEdit}
                  selected={selected.has(card.applicationId)}
                  otherStages={shown.map((c) => c.stage).filter((stage) => stage.id !== column.stage.id)}
                  onSelect={(on) =>
                    setSelected((current) => {
                      const next = new Set(current);
                      if (on) next.add(card.applicationId);
                      else next.delete(card.applicationId);
                      return next;
                    })
                  }
                  onMove={(stageId) => move([card.applicationId], stageId)}
                  onReject={() => setRejecting([card.applicationId])}
                />
              ))}
            </BoardColumn>
          ))}
        </div>
        <DragOverlay>
          {draggedCard && (
            <div className="w-60 rounded-md border border-indigo-500 bg-white p-3 shadow-lg">
              <CardBody card={draggedCard} />
            </div>
          )}
        </DragOverlay>
      </DndContext>
      {toast && (
        <div role="status" className="fixed right-6 bottom-6 z-30 flex max-w-md items-center gap-3 rounded-lg bg-slate-900 px-4 py-3 text-sm text-white shadow-lg">
          <p>{toast.message}</p>
          {toast.undo && (
            <button type="button" onClick={() => undo(toast.undo!)} className="rounded px-2 py-1 font-semibold text-indigo-200 hover:bg-slate-800">
              Undo
            </button>
          )}
          <button type="button" onClick={() => setToast(null)} className="rounded px-2 py-1 text-slate-200 hover:bg-slate-800">
            Dismiss
          </button>
        </div>
      )}
      {rejecting && (
        <RejectDialog
          subject={describe(rejecting.map((id) => nameOf(id)))}
          reasons={rejectionReasons}
          emailSubject={rejectionEmailSubject}
          onCancel={() => setRejecting(null)}
          onSubmit={(values) => reject(rejecting, values)}
        />
      )}
    </div>
  );
}
