import { apiHandler } from "@/server/api/operation";
import { listApplications } from "@/server/api/operations/applications";

export const dynamic = "force-dynamic";

export const GET = apiHandler(listApplications);
