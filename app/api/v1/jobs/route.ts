import { apiHandler } from "@/server/api/operation";
import { listJobs } from "@/server/api/operations/jobs";

export const dynamic = "force-dynamic";

export const GET = apiHandler(listJobs);
