import { apiHandler } from "@/server/api/operation";
import { getApplication } from "@/server/api/operations/applications";

export const dynamic = "force-dynamic";

export const GET = apiHandler(getApplication);
