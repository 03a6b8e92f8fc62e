import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Time } from "@/components/dates/time";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { DataTable } from "@/components/ui/data-table";
import { requireMember } from "@/server/auth/session";
import { listWebhookEndpointsFor } from "@/server/webhooks/manage-webhook-endpoint";
import { AddWebhookForm } from "../_components/add-webhook-form";
import { EndpointStatus } from "../_components/endpoint-status";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const member = await requireMember("webhooks.manage");
  const endpoints = await listWebhookEndpointsFor(member);
  return (
    <>
      <Breadcrumbs items={[{ href: "/settings", label: "Settings" }]} />
      <h1 className="mt-2 text-2xl font-bold">Webhooks</h1>
      <p className="mt-1 max-w-3xl text-sm text-slate-700">
        Candor tells your other systems what happens here: each event is POSTed as JSON to the endpoints subscribed to it, signed per
        Standard Webhooks. A failed delivery is retried with growing waits for 24 hours; then the endpoint is disabled and admins are emailed.
      </p>

      <h2 className="mt-8 text-lg font-semibold">Endpoints</h2>
      <div className="mt-3">
        {endpoints.length === 0 ? (
          <EmptyState title="No webhook endpoints yet">Add one below to start receiving events.</EmptyState>
        ) : (
          <DataTable label="Webhook endpoints" caption="Webhook endpoints, oldest first" columns={["URL", "Events", "Status", "Added"]}>
            {endpoints.map((endpoint) => (
              <tr key={endpoint.id}>
                <th scope="row" className="max-w-80 px-4 py-3 font-medium break-all">
                  <Link href={`/settings/webhooks/${endpoint.id}`} className="text-accent hover:underline">
                    {endpoint.url}
                  </Link>
                </th>
                <td className="px-4 py-3 font-mono text-xs">{endpoint.events.join(", ")}</td>
                <td className="px-4 py-3">
                  <EndpointStatus enabled={endpoint.enabled} />
                </td>
                <td className="px-4 py-3 text-slate-700">
                  <Time value={endpoint.createdAt} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </div>

      <h2 className="mt-8 text-lg font-semibold">Add an endpoint</h2>
      <AddWebhookForm />
    </>
  );
}
