import { notFound } from "next/navigation";
import { z } from "zod";
import { requireMember } from "@/server/auth/session";
import { findWebhookEndpointFor } from "@/server/webhooks/manage-webhook-endpoint";

// Above the page's loading.tsx, so an endpoint that is not this organisation's answers a real 404 status.
export default async function WebhookEndpointLayout({ children, params }: LayoutProps<"/settings/webhooks/[endpointId]">) {
  const member = await requireMember("webhooks.manage");
  const { endpointId } = await params;
  if (!z.uuid().safeParse(endpointId).success || !(await findWebhookEndpointFor(member, endpointId))) notFound();
  return children;
}
