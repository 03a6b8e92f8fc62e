import { apiHandler } from "@/server/api/operation";
import { listCandidates } from "@/server/api/operations/candidates";

export const dynamic = "force-dynamic";

export const GET = apiHandler(listCandidates);
