import { apiHandler } from "@/server/api/operation";
import { getJob } from "@/server/api/operations/jobs";

export const dynamic = "force-dynamic";

export const GET = apiHandler(getJob);
