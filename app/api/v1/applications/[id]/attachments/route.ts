import { apiHandler } from "@/server/api/operation";
import { listAttachments } from "@/server/api/operations/attachments";

export const dynamic = "force-dynamic";

export const GET = apiHandler(listAttachments);
