"use client";

import { useRef } from "react";
import type { ActionResult } from "@/lib/action-result";
import type { ChangedApplication } from "@/lib/board/types";

/**
 * Board saves one at a time, each with the version the previous one returned: moving a card twice in quick
 * succession must not trip over our own optimistic lock. An exact save (an Undo) sends the versions it was
 * given, so a card someone changed since is refused rather than moved back over their change.
 */
export function useSaveQueue() {
  const pending = useRef<Promise<void>>(Promise.resolve());
  const saved = useRef(new Map<string, number>());

  return async function enqueue(
    refs: ChangedApplication[],
    exact: boolean,
    send: (applications: ChangedApplication[]) => Promise<ActionResult<ChangedApplication[]>>,
  ): Promise<ActionResult<ChangedApplication[]>> {
    const previous = pending.current;
    let release = () => {};
    pending.current = new Promise<void>((resolve) => (release = resolve));
    await previous;
    try {
      const applications = exact ? refs : refs.map((ref) => ({ ...ref, version: Math.max(ref.version, saved.current.get(ref.applicationId) ?? 0) }));
      const result = await send(applications);
      if (result.ok) for (const card of result.data) saved.current.set(card.applicationId, card.version);
      return result;
    } finally {
      release();
    }
  };
}
