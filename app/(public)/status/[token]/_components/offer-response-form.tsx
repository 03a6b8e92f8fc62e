"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { RespondOfferState } from "../actions";

type Props = {
  action: (state: RespondOfferState, formData: FormData) => Promise<RespondOfferState>;
  offerId: string;
  candidateName: string;
  /** The status page's own address, where the form posts without JavaScript. */
  statusPath: string;
};

/** Accept (signed with the candidate's typed name) or decline an offer; works as a plain form without JavaScript. */
export function OfferResponseForm({ action, offerId, candidateName, statusPath }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: null }, statusPath);
  const refused = state.ok === false;
  const signatureError = refused ? state.fieldErrors?.signature?.[0] : undefined;
  return (
    <form action={formAction} className="mt-4 flex flex-col gap-3 rounded-md bg-slate-50 p-4 text-sm">
      <input type="hidden" name="offerId" value={offerId} />
      {refused && !signatureError && <Alert>{state.formError}</Alert>}
      <Field
        name="signature"
        label="Type your full name to sign and accept"
        hint={`As it appears on the offer: ${candidateName}.`}
        autoComplete="name"
        defaultValue={state.signature}
        autoFocus={Boolean(signatureError)}
        error={signatureError}
      />
      <p className="text-slate-700">By accepting you sign the offer letter above. We record the time and your network address with your answer.</p>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="decision" value="accept" disabled={pending} className={buttonClasses("primary")}>
          Accept the offer
        </button>
        <button type="submit" name="decision" value="decline" disabled={pending} className={buttonClasses("secondary")}>
          Decline the offer
        </button>
      </div>
    </form>
  );
}
