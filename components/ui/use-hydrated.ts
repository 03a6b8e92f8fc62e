"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => undefined;

/**
 * False in the server's HTML and while React hydrates it, true from the render after. React runs the
 * hydrating render's effects before that render, so by then every listener its effects attach (keyboard
 * shortcuts, drag sensors) is on. After a client-side navigation it is true at once.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
