"use client";

import { useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/action-result";

/**
 * What a server action answers for input the recruiter is typing, asked a moment after typing stops.
 * `key` stands for the input (the markdown, or the fields as JSON): a new key asks again, and an answer
 * for an older key is dropped. `busy` is true while the shown value is for an older key.
 */
export function useLiveResult<T>(key: string, run: () => Promise<ActionResult<T>>, initial: T, delay = 300): { value: T; busy: boolean } {
  const [state, setState] = useState<{ value: T; key: string | null }>({ value: initial, key: null });
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void runRef.current().then((result) => {
        if (current && result.ok) setState({ value: result.data, key });
      });
    }, delay);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, delay]);

  return { value: state.value, busy: state.key !== null && state.key !== key };
}
