"use client";

import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useServerForm } from "@/components/forms/use-server-form";
import { EmptyState } from "@/components/ui/empty-state";
import type { ArchivedApplication } from "@/lib/board/types";
import { formatDate } from "@/lib/format";
import { restoreApplicationsAction } from "@/server/pipeline/actions";
import { DataTable } from "@/components/ui/data-table";

const statusLabels = { rejected: "Rejected", withdrawn: "Withdrew", active: "Active", hired: "Hired" } as const;

export function ArchiveList({ jobId, applications, canEdit, timeZone }: { jobId: string; applications: ArchivedApplication[]; canEdit: boolean; timeZone: string }) {
  const router = useRouter();
  const [restoring, setRestoring] = useState<ArchivedApplication | null>(null);
  // One form around the list: each row's Restore button submits it with that row's id.
  const form = useServerForm<{ applicationId?: string }, unknown, { emailCancelled: boolean }[]>({
    action: async ({ applicationId }: { applicationId?: string }) => {
      const application = applications.find((a) => a.applicationId === applicationId);
      const result = await restoreApplicationsAction({ jobId, applications: application ? [{ applicationId: application.applicationId, version: application.version }] : [] });
      router.refresh(); // restored or refused as stale, the list should show the latest
      return result;
    },
    defaultValues: {},
  });
  const result = form.pending ? null : form.state;
  const message =
    result?.ok === false
      ? { tone: "error", text: result.formError ?? "That didn't work. Please try again." }
      : result?.ok && restoring
        ? { tone: "ok", text: `Restored ${restoring.displayName} to the board.${result.data.some((r) => r.emailCancelled) ? " The rejection email was cancelled." : ""}` }
        : null;

  return (
    <form
      {...form.formProps}
      onSubmit={(event) => {
        const id = ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value;
        setRestoring(applications.find((a) => a.applicationId === id) ?? null);
        form.formProps.onSubmit(event);
      }}
      className="mt-6"
    >
      <div id={form.alertId} tabIndex={-1} role="alert" className={message?.tone === "error" ? "mb-4 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800" : "sr-only"}>
        {message?.tone === "error" && message.text}
      </div>
      <div role="status" className={message?.tone === "ok" ? "mb-4 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-900" : "sr-only"}>
        {message?.tone === "ok" && message.text}
      </div>
      {applications.length === 0 ? (
        <EmptyState title="No rejected or withdrawn applicants">Applicants you reject, and those who withdraw, are kept here and can be restored.</EmptyState>
      ) : (
        <DataTable
          label="Rejected and withdrawn applicants"
          caption="Rejected and withdrawn applicants, most recent first"
          columns={["Applicant", "Status", "Reason", "Last stage", "Since", canEdit && { label: "Actions", srOnly: true }]}
        >
          {applications.map((application) => (
            <tr key={application.applicationId}>
              <td className="px-4 py-3">
                <Link href={`/applications/${application.applicationId}`} className="font-medium text-indigo-700 hover:underline">
                  {application.displayName}
                </Link>
              </td>
              <td className="px-4 py-3">{statusLabels[application.status]}</td>
              <td className="px-4 py-3">{application.reason ?? "—"}</td>
              <td className="px-4 py-3">{application.stageName}</td>
              <td className="px-4 py-3">{formatDate(new Date(application.updatedAt), timeZone)}</td>
              {canEdit && (
                <td className="px-4 py-3 text-right">
                  <button
                    type="submit"
                    name="applicationId"
                    value={application.applicationId}
                    disabled={form.pending}
                    className="rounded-md border border-slate-300 px-3 py-1.5 font-semibold text-slate-900 hover:bg-slate-100 disabled:text-slate-500"
                  >
                    Restore<span className="sr-only"> {application.displayName}</span>
                  </button>
                </td>
              )}
            </tr>
          ))}
        </DataTable>
      )}
    </form>
  );
}
