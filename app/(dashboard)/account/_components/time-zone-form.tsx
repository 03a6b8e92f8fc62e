"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { z } from "zod";
import { SavedNotice } from "@/components/forms/saved-notice";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { timeZoneSettingSchema } from "@/lib/validation/accounts";
import { changeTimeZoneAction } from "../actions";

type Props = {
  /** The zone the person chose, or null while they follow the organisation's. */
  chosen: string | null;
  /** What "the organisation's" means: its zone, or UTC when it has none. */
  organizationZone: string;
  timeZones: string[];
};

const noSubscription = () => () => {};
const readBrowserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The zone every dashboard date and time is shown in. When the browser's zone is not the one in use, the
 * form suggests it ("Your browser says Europe/Paris — use it?"); nothing changes until the person says so.
 */
export function TimeZoneForm({ chosen, organizationZone, timeZones }: Props) {
  const [saved, setSaved] = useState<string | null>(null);
  // The suggestion's button leaves the page once its zone is saved: focus then goes to the select.
  const fromSuggestion = useRef(false);
  const form = useServerForm<z.input<typeof timeZoneSettingSchema>, z.output<typeof timeZoneSettingSchema>, { timeZone: string | null }>({
    action: changeTimeZoneAction,
    schema: timeZoneSettingSchema,
    defaultValues: { timeZone: chosen ?? "" },
    onSuccess: ({ timeZone }, rhf) => {
      rhf.reset({ timeZone: timeZone ?? "" });
      setSaved(`Saved. Dates and times now show in ${timeZone ?? `your organisation’s time zone (${organizationZone})`}.`);
    },
  });
  // The browser's zone is known only in the browser: none on the server, the real one after hydration.
  const browserZone = useSyncExternalStore(noSubscription, readBrowserZone, () => null);
  const inUse = (form.watch("timeZone") as string | null | undefined) || organizationZone;
  const suggest = browserZone && browserZone !== inUse && timeZones.includes(browserZone) ? browserZone : null;
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (suggest || !fromSuggestion.current) return;
    fromSuggestion.current = false;
    formRef.current?.querySelector("select")?.focus();
  }, [suggest]);

  return (
    <form
      {...form.formProps}
      ref={formRef}
      aria-label="Time zone"
      onSubmit={(event) => {
        setSaved(null);
        fromSuggestion.current = ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.name === "timeZone";
        form.formProps.onSubmit(event);
      }}
      className="flex max-w-md flex-col gap-4"
    >
      <SelectField label="Time zone" hint="Dates and times in Candor are shown in this zone." error={form.fieldError("timeZone")} {...form.register("timeZone")}>
        <option value="">Your organisation’s ({organizationZone})</option>
        {timeZones.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </SelectField>
      {suggest && (
        <p className="flex flex-wrap items-center gap-3 text-sm text-slate-800">
          Your browser says {suggest} — use it?
          <Button type="submit" variant="secondary" name="timeZone" value={suggest}>
            Use {suggest}
          </Button>
        </p>
      )}
      <div aria-live="polite">{form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}</div>
      <SavedNotice shown={saved !== null}>{saved}</SavedNotice>
      <div>
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Saving…" : "Save time zone"}
        </Button>
      </div>
    </form>
  );
}
