"use client";

import { useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/action-result";

type Action<T> = (input: FormData) => Promise<ActionResult<T>>;

/**
 * Submits a form to a server action and keeps its result: the form's fields stay as typed when the
 * server refuses them, and the button that submitted the form (its name and value) is sent along.
 */
export function useActionForm<T>(action: Action<T>, onSuccess?: (data: T, form: HTMLFormElement) => void) {
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(form: HTMLFormElement, submitter?: HTMLElement | null) {
    const data = new FormData(form, submitter ?? null);
    startTransition(async () => {
      const outcome = await action(data);
      setResult(outcome);
      if (outcome.ok) onSuccess?.(outcome.data, form);
    });
  }

  return {
    result,
    pending,
    /** The form's onSubmit. */
    onSubmit(event: FormEvent<HTMLFormElement>) {
      event.preventDefault();
      submit(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    },
    submit,
    formError: result && !result.ok ? result.formError : undefined,
    fieldError: (name: string) => (result && !result.ok ? result.fieldErrors?.[name]?.[0] : undefined),
  };
}
