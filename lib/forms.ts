import { startTransition, type FormEvent } from "react";
import type { FieldValues, UseFormHandleSubmit } from "react-hook-form";

/**
 * onSubmit for a form that must also work WITHOUT JavaScript (the public status page, sign-in), whose
 * action is a server action from useActionState. Dashboard forms use components/forms/use-server-form.ts.
 * With JavaScript the fields
 * are checked in the browser first and the form then goes to that same action; without it, the
 * browser posts the form to the action directly, and the server's check is the only one.
 */
export function submitAfterCheck<T extends FieldValues, U>(handleSubmit: UseFormHandleSubmit<T, U>, formAction: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    void handleSubmit(() => startTransition(() => formAction(new FormData(form))))(event);
  };
}
