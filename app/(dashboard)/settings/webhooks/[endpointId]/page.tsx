import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Time } from "@/components/dates/time";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { DataTable } from "@/components/ui/data-table";
import type { WebhookDeliveryRow } from "@/db/queries/webhooks";
import { requireMember } from "@/server/auth/session";
import { getWebhookEndpointDeliveries } from "@/server/webhooks/manage-webhook-endpoint";
import { DeleteEndpointButton, EnableEndpointButton, RedeliverButton, RollSecretButton } from "../_components/endpoint-buttons";
import { EndpointStatus } from "../_components/endpoint-status";

export const metadata: Metadata = { title: "Webhook deliveries" };

const deliveryStatus: Record<WebhookDeliveryRow["status"], string> = { pending: "Pending", succeeded: "Delivered", failed: "Failed" };

function attemptOutcome(attempt: WebhookDeliveryRow["attempts"][number]): string {
  if (!attempt.finishedAt) return "Cut short (no answer recorded)";
  if (attempt.responseStatus !== null) return `HTTP ${attempt.responseStatus}`;
  return attempt.error ?? "No answer";
}

export default async function WebhookEndpointPage({ params }: PageProps<"/settings/webhooks/[endpointId]">) {
  const member = await requireMember("webhooks.manage");
  const { endpointId } = await params;
  if (!z.uuid().safeParse(endpointId).success) notFound();
  const found = await getWebhookEndpointDeliveries(member, endpointId);
  if (!found) notFound();
  const { endpoint, deliveries } = found;
  return (
    <>
      <Breadcrumbs items={[{ href: "/settings", label: "Settings" }, { href: "/settings/webhooks", label: "Webhooks" }]} />
      <h1 className="mt-2 text-2xl font-bold break-all">{endpoint.url}</h1>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="font-medium text-slate-700">Status</dt>
        <dd>
          <EndpointStatus enabled={endpoint.enabled} />
          {endpoint.disabledReason && <span className="ml-2 text-slate-700">{endpoint.disabledReason}</span>}
        </dd>
        <dt className="font-medium text-slate-700">Events</dt>
        <dd className="font-mono text-xs">{endpoint.events.join(", ")}</dd>
        <dt className="font-medium text-slate-700">Added</dt>
        <dd>
          <Time value={endpoint.createdAt} />
        </dd>
      </dl>
      <div className="mt-4 flex flex-wrap items-start gap-3">
        <EnableEndpointButton endpointId={endpoint.id} enabled={endpoint.enabled} />
        <DeleteEndpointButton endpointId={endpoint.id} />
      </div>

      <h2 className="mt-8 text-lg font-semibold">Signing secret</h2>
      <p className="mt-1 text-sm text-slate-700">
        {endpoint.previousSecretUntil ? (
          <>
            Rolled: the previous secret also signs every request until <Time value={endpoint.previousSecretUntil} />, then only the current one.
          </>
        ) : (
          "Shown once, when it was made. Rolling it gives a new one; the current one keeps signing beside it for 24 hours while your receiver switches."
        )}
      </p>
      <div className="mt-3">
        <RollSecretButton endpointId={endpoint.id} secretVersion={endpoint.secretVersion} previousStillSigns={endpoint.previousSecretUntil !== null} />
      </div>

      <h2 className="mt-8 text-lg font-semibold">Deliveries</h2>
      <p className="mt-1 text-sm text-slate-700">The latest 50 events sent to this endpoint, newest first, with every attempt.</p>
      <div className="mt-3">
        {deliveries.length === 0 ? (
          <EmptyState title="No deliveries yet">Events this endpoint is subscribed to appear here as they happen.</EmptyState>
        ) : (
          <DataTable
            label="Deliveries"
            caption="Deliveries to this endpoint, newest first"
            columns={["Event", "Status", "Attempts", { label: "Actions", srOnly: true }]}
            bodyClassName="align-top"
          >
            {deliveries.map((delivery) => (
              <tr key={delivery.id}>
                <th scope="row" className="px-4 py-3 font-medium">
                  <span className="font-mono">{delivery.type}</span>
                  <span className="block text-xs font-normal text-slate-700">
                    <Time value={delivery.createdAt} />
                  </span>
                  <span className="block font-mono text-xs font-normal break-all text-slate-700">webhook-id {delivery.eventId}</span>
                </th>
                <td className="px-4 py-3">
                  {deliveryStatus[delivery.status]}
                  {delivery.status === "pending" && delivery.attempts.length > 0 && (
                    <span className="block text-xs text-slate-700">
                      Next attempt <Time value={delivery.nextAttemptAt} />
                    </span>
                  )}
                </td>
                <td className="px-4 py-3">
                  {delivery.attempts.length === 0 ? (
                    <span className="text-slate-700">None yet</span>
                  ) : (
                    <ol className="flex flex-col gap-2" aria-label={`Attempts of ${delivery.type}`}>
                      {delivery.attempts.map((attempt) => (
                        <li key={attempt.id}>
                          <span className="font-medium">{attemptOutcome(attempt)}</span>
                          {attempt.durationMs !== null && <span className="text-slate-700"> in {attempt.durationMs} ms</span>}
                          <span className="block text-xs text-slate-700">
                            <Time value={attempt.startedAt} />
                          </span>
                          {attempt.responseBody && (
                            <details className="mt-1">
                              <summary className="cursor-pointer text-xs text-accent">Response (first 1 KB)</summary>
                              <pre tabIndex={0} aria-label="Response body" className="mt-1 max-h-40 max-w-md overflow-auto rounded bg-slate-50 p-2 text-xs break-all whitespace-pre-wrap">{attempt.responseBody}</pre>
                            </details>
                          )}
                        </li>
                      ))}
                    </ol>
                  )}
                </td>
                <td className="px-4 py-3">
                  <RedeliverButton deliveryId={delivery.id} eventLabel={`${delivery.type} of ${delivery.createdAt.toISOString()}`} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </div>
    </>
  );
}
