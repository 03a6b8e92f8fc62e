import { apiHandler } from "@/server/api/operation";
import { getCandidate } from "@/server/api/operations/candidates";

export const dynamic = "force-dynamic";

export const GET = apiHandler(getCandidate);
