"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useEffect } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { submitAfterCheck } from "@/lib/forms";
import { DELETE_DATA_PHRASE, deleteDataSchema, type DeleteDataInput } from "@/lib/validation/candidate-status";
import type { DeleteDataState } from "../actions";

type Props = {
  action: (state: DeleteDataState, formData: FormData) => Promise<DeleteDataState>;
  organizationName: string;
  /** The status page's own address, without notices such as "?submitted=1", for the post without JavaScript. */
  statusPath: string;
};

/** "Delete my data…": a closed panel that asks for the phrase; a refusal reopens it with the message by the box. */
export function DeleteDataForm({ action, organizationName, statusPath }: Props) {
  // Without JavaScript the form posts to this address, and a refusal comes back there: posted from
  // "?submitted=1", the page would otherwise greet the candidate with "Application received" again.
  const [state, formAction, pending] = useActionState(action, { ok: null }, statusPath);
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors },
  } = useForm<DeleteDataInput, unknown, z.output<typeof deleteDataSchema>>({ resolver: zodResolver(deleteDataSchema) });

  const refused = state.ok === false;
  // With JavaScript the box is checked before sending; should the server still refuse, focus goes back to it.
  useEffect(() => {
    if (refused) setFocus("confirm");
  }, [state, refused, setFocus]);

  const formError = refused && state.code !== "VALIDATION" ? state.formError : undefined;

  return (
    // Without JavaScript a refusal is a new page: open the panel and focus the box there too.
    <details open={refused || undefined}>
      <summary className="cursor-pointer text-sm font-medium text-red-800">Delete my data…</summary>
      <form
        action={formAction}
        noValidate
        onSubmit={submitAfterCheck(handleSubmit, formAction)}
        className="mt-3 flex flex-col gap-3 rounded-md bg-red-50 p-4 text-sm"
      >
        <p>
          This removes your name, contact details, files and answers from {organizationName}&apos;s Candor, erases them wherever
          they were copied (notes, messages, interview details) and withdraws your active applications. It cannot be undone, and
          this link will stop working.
        </p>
        {formError && <Alert>{formError}</Alert>}
        <Field
          id="confirm-delete"
          label={`Type “${DELETE_DATA_PHRASE}” to confirm`}
          autoComplete="off"
          autoFocus={refused}
          defaultValue={state.confirm}
          error={errors.confirm?.message ?? (refused ? state.fieldErrors?.confirm?.[0] : undefined)}
          {...register("confirm")}
        />
        <button type="submit" disabled={pending} className={buttonClasses("danger", "self-start")}>
          {pending ? "Deleting…" : "Delete my data"}
        </button>
      </form>
    </details>
  );
}
