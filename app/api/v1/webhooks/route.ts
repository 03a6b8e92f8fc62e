import { apiHandler } from "@/server/api/operation";
import { createWebhook } from "@/server/api/operations/webhooks";

export const dynamic = "force-dynamic";

export const POST = apiHandler(createWebhook);
