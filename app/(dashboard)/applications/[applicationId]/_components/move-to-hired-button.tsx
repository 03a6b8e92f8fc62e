"use client";

import { useRouter } from "next/navigation";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { MoveApplicationsInput } from "@/lib/validation/pipeline";
import { moveApplicationsAction } from "@/server/pipeline/actions";

/** The one-click move after an accepted offer: the board's own move action, then the page reloads its data. */
export function MoveToHiredButton({ input, stageName }: { input: MoveApplicationsInput; stageName: string }) {
  const router = useRouter();
  const form = useServerForm<MoveApplicationsInput>({ action: moveApplicationsAction, values: input, onSuccess: () => router.refresh() });
  return (
    <form {...form.formProps} className="contents">
      <Button type="submit" disabled={form.pending}>
        Move to {stageName}
      </Button>
      {form.formError && (
        <div className="basis-full">
          <Alert id={form.alertId}>{form.formError}</Alert>
        </div>
      )}
    </form>
  );
}
