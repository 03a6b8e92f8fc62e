import { apiHandler } from "@/server/api/operation";
import { rejectApplication } from "@/server/api/operations/applications";

export const dynamic = "force-dynamic";

export const POST = apiHandler(rejectApplication);
