import { apiHandler } from "@/server/api/operation";
import { moveApplication } from "@/server/api/operations/applications";

export const dynamic = "force-dynamic";

export const POST = apiHandler(moveApplication);
