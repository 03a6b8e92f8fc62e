"use client";

import { useState } from "react";
import type { z } from "zod";
import { ResultNotice } from "@/components/forms/saved-notice";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { twoFactorCodeSchema } from "@/lib/validation/accounts";
import { confirmTwoFactorAction } from "../actions";

/** Enrolment: scan the QR code (or type the key), confirm with a code, then save the recovery codes shown once. */
export function EnrolTwoFactor({ qrCode, secret }: { qrCode: string; secret: string }) {
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();
  const form = useServerForm<z.input<typeof twoFactorCodeSchema>, z.output<typeof twoFactorCodeSchema>, { recoveryCodes: string[] }>({
    action: confirmTwoFactorAction,
    schema: twoFactorCodeSchema,
    defaultValues: { code: "" },
    onSuccess: (data) => setRecoveryCodes(data.recoveryCodes),
  });

  if (recoveryCodes) return <RecoveryCodes codes={recoveryCodes} />;
  return (
    <ol className="mt-4 flex list-decimal flex-col gap-5 pl-5 text-sm">
      <li>Open an authenticator app on your phone (1Password, Google Authenticator, Microsoft Authenticator, Authy and others work).</li>
      <li>
        Scan this QR code with it:
        {/* A data: URL made on the server: next/image has nothing to optimise here. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={qrCode} alt="QR code that adds Candor to your authenticator app" width={200} height={200} className="mt-2 rounded border border-slate-200" />
        <span className="mt-2 block">
          Can’t scan it? Type this key into the app instead:{" "}
          <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-900" data-testid="two-factor-secret">
            {secret}
          </code>
        </span>
      </li>
      <li>
        Enter the six-digit code the app shows for Candor:
        <form {...form.formProps} aria-label="Confirm two-factor authentication" className="mt-2 flex max-w-xs flex-col gap-3">
          <Field label="Code from your app" autoComplete="one-time-code" inputMode="numeric" error={form.fieldError("code")} {...form.register("code")} />
          {form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}
          <div>
            <Button type="submit" disabled={form.pending}>
              {form.pending ? "Checking…" : "Turn on two-factor authentication"}
            </Button>
          </div>
        </form>
      </li>
    </ol>
  );
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  const file = `Candor recovery codes. Each works once, instead of a code from your authenticator app.\n\n${codes.join("\n")}\n`;
  return (
    <div className="mt-4 flex flex-col gap-4 text-sm">
      <ResultNotice>Two-factor authentication is on. From now on, signing in asks for a code from your app.</ResultNotice>
      <h3 className="text-base font-semibold">Save your recovery codes</h3>
      <p className="text-slate-700">
        If you lose your phone, each of these codes lets you sign in once instead of a code from the app. Keep them somewhere safe, such as
        your password manager. They are shown only now.
      </p>
      <ul aria-label="Recovery codes" className="grid max-w-md grid-cols-2 gap-2 font-mono text-slate-900">
        {codes.map((code) => (
          <li key={code} className="rounded bg-slate-100 px-2 py-1">
            {code}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-3">
        <a href={`data:text/plain;charset=utf-8,${encodeURIComponent(file)}`} download="candor-recovery-codes.txt" className={buttonClasses("secondary")}>
          Download the codes
        </a>
        {/* A full load: the page then shows two-factor as on. */}
        <a href="/account" className={buttonClasses("primary")}>
          I have saved them
        </a>
      </div>
    </div>
  );
}
