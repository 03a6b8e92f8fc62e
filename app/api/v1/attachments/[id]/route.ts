import { apiHandler } from "@/server/api/operation";
import { downloadAttachment } from "@/server/api/operations/attachments";

export const dynamic = "force-dynamic";

export const GET = apiHandler(downloadAttachment);
